package org.agilepmo.identity;

/**
 * Runs start-up work (demo data, imports) on behalf of a named account, so that it passes
 * the same access checks and is audited under that name like anything a person does.
 */
public interface ActingAs {

	void run(String username, Runnable work);

}

package org.agilepmo.identity;

import java.util.Optional;

/**
 * In demo mode: who the administrator is, and the password that demo people get (the one
 * generated at start-up, or the administrator's own when the operator chose it). Empty
 * outside demo mode.
 */
public interface DemoCredentials {

	Optional<String> demoPassword();

	String administrator();

}

package org.agilepmo.web;

import java.util.HashSet;
import java.util.Set;

import org.agilepmo.shared.Change;

/**
 * A partial update read from a JSON body: remembers which properties the request named,
 * so that a property sent as {@code null} clears the value while one left out keeps it. A
 * subclass calls {@link #mark} in each setter and {@link #pick} in
 * {@link Change#applyTo}; the service applies it to the current state in its own
 * transaction.
 *
 * @param <D> the draft the patch changes
 */
public abstract class Patch<D> implements Change<D> {

	private final Set<String> present = new HashSet<>();

	protected void mark(String property) {
		this.present.add(property);
	}

	protected boolean sent(String property) {
		return this.present.contains(property);
	}

	protected <T> T pick(String property, T sent, T current) {
		return this.present.contains(property) ? sent : current;
	}

}

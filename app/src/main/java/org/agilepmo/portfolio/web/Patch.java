package org.agilepmo.portfolio.web;

import java.util.HashSet;
import java.util.Set;

/**
 * A partial update: remembers which properties the request named, so that a property sent
 * as {@code null} clears the value while one left out keeps it.
 */
abstract class Patch {

	private final Set<String> present = new HashSet<>();

	protected void mark(String property) {
		this.present.add(property);
	}

	protected <T> T pick(String property, T sent, T current) {
		return this.present.contains(property) ? sent : current;
	}

}

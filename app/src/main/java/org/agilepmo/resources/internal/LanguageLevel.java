package org.agilepmo.resources.internal;

/** A language level on the Common European Framework of Reference. */
public enum LanguageLevel {

	A1, A2, B1, B2, C1, C2;

	public boolean atLeast(LanguageLevel other) {
		return compareTo(other) >= 0;
	}

}

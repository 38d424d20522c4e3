package org.agilepmo.shared;

/** Guards an edit against a stale version: the rule every editable aggregate keeps. */
public final class Versioned {

	private Versioned() {
	}

	public static void check(String what, Object id, long expected, long current) {
		if (expected != current) {
			throw new StaleVersionException(what, id, expected, current);
		}
	}

}

package org.agilepmo.risk.internal;

/** How serious a risk is, as the matrix rates a cell; ordered from least to most. */
public enum Rating {

	LOW('L'), MEDIUM('M'), HIGH('H'), EXTREME('E');

	private final char letter;

	Rating(char letter) {
		this.letter = letter;
	}

	public char letter() {
		return this.letter;
	}

	public boolean atLeast(Rating other) {
		return compareTo(other) >= 0;
	}

	static Rating of(char letter) {
		for (Rating r : values()) {
			if (r.letter == letter) {
				return r;
			}
		}
		throw new IllegalArgumentException("No rating " + letter);
	}

}

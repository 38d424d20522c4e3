package org.agilepmo.shared;

/**
 * How sensitive a project (and everything recorded about it) is. Ordered from least to
 * most sensitive; each level names the screening a person needs to see it.
 */
public enum Classification {

	PUBLIC(ScreeningLevel.NONE), RESTRICTED(ScreeningLevel.BASIC), CONFIDENTIAL(ScreeningLevel.ENHANCED);

	private final ScreeningLevel required;

	Classification(ScreeningLevel required) {
		this.required = required;
	}

	public ScreeningLevel requiredScreening() {
		return this.required;
	}

	/** The most sensitive classification a person with the given screening may see. */
	public static Classification highestVisibleTo(ScreeningLevel screening) {
		Classification highest = PUBLIC;
		for (Classification c : values()) {
			if (screening.clears(c)) {
				highest = c;
			}
		}
		return highest;
	}

}

package org.agilepmo.shared;

/** A person's security screening: none &lt; basic &lt; enhanced. */
public enum ScreeningLevel {

	NONE, BASIC, ENHANCED;

	public boolean clears(Classification classification) {
		return compareTo(classification.requiredScreening()) >= 0;
	}

}

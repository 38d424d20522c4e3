package org.agilepmo.risk.internal;

import java.util.Locale;
import java.util.Optional;

/** What a risk would affect; the most severe of its impacts drives its rating. */
public enum ImpactDimension {

	SCHEDULE, COST, QUALITY, REPUTATION, SECURITY;

	/** The word the API and the files use: {@code schedule}, {@code cost}... */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<ImpactDimension> of(String key) {
		for (ImpactDimension d : values()) {
			if (d.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
				return Optional.of(d);
			}
		}
		return Optional.empty();
	}

}

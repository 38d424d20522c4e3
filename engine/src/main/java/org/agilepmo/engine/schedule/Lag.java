package org.agilepmo.engine.schedule;

/**
 * The lag of a link: working minutes on the successor's calendar, or a percentage of the
 * predecessor's duration (rounded to the nearest minute). Negative values are leads.
 */
public record Lag(int value, boolean percent) {

	public static final Lag NONE = new Lag(0, false);

	public static Lag minutes(int minutes) {
		return (minutes == 0) ? NONE : new Lag(minutes, false);
	}

	public static Lag percent(int percentOfPredecessor) {
		return new Lag(percentOfPredecessor, true);
	}

}

package org.agilepmo.engine.schedule;

/**
 * The lag of a link: working minutes on the successor's calendar, or a percentage of the
 * predecessor's duration (rounded to the nearest minute). Negative values are leads. An
 * elapsed lag (MS Project's {@code 2ed}, {@code 4eh}) runs on the clock, 24 hours a day
 * and 7 days a week, whatever the calendars say. An elapsed percentage (MS Project's
 * {@code 50e%}) is that share of the predecessor's duration run on the clock; a plain
 * percentage of an elapsed predecessor runs on the clock too, since the predecessor's
 * duration is clock time (ADR 0103).
 */
public record Lag(int value, boolean percent, boolean elapsed) {

	public static final Lag NONE = new Lag(0, false, false);

	/** A lag in working time, or a percentage of the predecessor's duration. */
	public Lag(int value, boolean percent) {
		this(value, percent, false);
	}

	/** {@code minutes} of clock time, 24×7. */
	public static Lag elapsed(int minutes) {
		return new Lag(minutes, false, true);
	}

	public static Lag minutes(int minutes) {
		return (minutes == 0) ? NONE : new Lag(minutes, false);
	}

	public static Lag percent(int percentOfPredecessor) {
		return new Lag(percentOfPredecessor, true);
	}

	/**
	 * {@code percentOfPredecessor} of the predecessor's duration, in clock minutes
	 * (24×7).
	 */
	public static Lag elapsedPercent(int percentOfPredecessor) {
		return new Lag(percentOfPredecessor, true, true);
	}

}

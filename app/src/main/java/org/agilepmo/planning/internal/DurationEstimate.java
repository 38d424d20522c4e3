package org.agilepmo.planning.internal;

import org.agilepmo.engine.risk.Distribution;
import org.agilepmo.engine.risk.Estimate;
import org.agilepmo.shared.RuleViolationException;

/**
 * A task's three-point estimate: the minimum, most likely and maximum duration in working
 * minutes of its calendar, and the distribution between them; all empty when the task has
 * none (its duration is then taken as certain by a risk analysis).
 */
public record DurationEstimate(Integer minMinutes, Integer likelyMinutes, Integer maxMinutes,
		Distribution distribution) {

	public static final DurationEstimate NONE = new DurationEstimate(null, null, null, null);

	/** True when the three durations are given. */
	public boolean isGiven() {
		return this.minMinutes != null;
	}

	/**
	 * Checks the estimate as a person wrote it: the three durations together, none
	 * negative, the most likely between the minimum and the maximum.
	 * @throws RuleViolationException naming the field at fault
	 */
	DurationEstimate checked() {
		boolean any = this.minMinutes != null || this.likelyMinutes != null || this.maxMinutes != null;
		if (!any) {
			return NONE;
		}
		for (String field : new String[] { "durationMinMinutes", "durationLikelyMinutes", "durationMaxMinutes" }) {
			Integer value = switch (field) {
				case "durationMinMinutes" -> this.minMinutes;
				case "durationLikelyMinutes" -> this.likelyMinutes;
				default -> this.maxMinutes;
			};
			if (value == null) {
				throw new RuleViolationException(field, "planning.error.estimateIncomplete",
						"give the minimum, most likely and maximum durations together");
			}
			if (value < 0 || value > PlanRules.DURATION_MAX) {
				throw new RuleViolationException(field, "planning.error.duration",
						"must be a duration between zero and one hundred years");
			}
		}
		if (this.likelyMinutes < this.minMinutes || this.likelyMinutes > this.maxMinutes) {
			throw new RuleViolationException("durationLikelyMinutes", "planning.error.estimateOrder",
					"must lie between the minimum and the maximum duration");
		}
		return new DurationEstimate(this.minMinutes, this.likelyMinutes, this.maxMinutes,
				(this.distribution != null) ? this.distribution : Distribution.TRIANGULAR);
	}

	/** The engine's estimate, or null when none is given. */
	Estimate toEngine() {
		return isGiven() ? new Estimate(this.minMinutes, this.likelyMinutes, this.maxMinutes, this.distribution) : null;
	}

}

package org.agilepmo.planning.internal;

/**
 * A change of an activity that may also change its three-point estimate (an activity
 * PATCH naming {@code durationMinMinutes}, {@code durationLikelyMinutes},
 * {@code durationMaxMinutes} or {@code distribution}).
 */
public interface EstimateChange {

	/** True when the change names any part of the estimate. */
	boolean changesEstimate();

	/** The estimate after the change, the parts not named kept from {@code current}. */
	DurationEstimate applyEstimate(DurationEstimate current);

}

package org.agilepmo.engine.schedule;

import java.time.LocalDateTime;

/**
 * The scheduled dates of one activity. {@code start} and {@code finish} are the dates the
 * activity is planned on: actual dates if any, the late dates for an as-late-as-possible
 * activity, the early dates otherwise. Floats are working minutes on the activity's
 * calendar; {@code drivingPredecessor} is null when no link sets the early start.
 */
public record ActivityResult(String id, String name, ActivityKind kind, LocalDateTime earlyStart,
		LocalDateTime earlyFinish, LocalDateTime lateStart, LocalDateTime lateFinish, LocalDateTime start,
		LocalDateTime finish, int durationMinutes, int totalFloat, int freeFloat, boolean critical,
		String drivingPredecessor) {
}

package org.agilepmo.planning.internal;

import java.time.LocalDateTime;

import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.engine.schedule.ConstraintType;

/**
 * An activity with its scheduled dates. Floats are working minutes on the activity's
 * calendar; {@code wbs} is its outline number (1.2.3) and {@code level} its depth;
 * {@code details} what a schedule file said beyond the draft (elapsed duration, P6
 * milestone kind…), which an export writes back.
 */
public record ActivityView(long id, long version, Long parentId, String wbs, int level, ActivityKind kind, String name,
		int durationMinutes, Long calendarId, ConstraintType constraintType, LocalDateTime constraintDate,
		LocalDateTime deadline, LocalDateTime actualStart, LocalDateTime actualFinish, int percentComplete,
		String externalId, LocalDateTime earlyStart, LocalDateTime earlyFinish, LocalDateTime lateStart,
		LocalDateTime lateFinish, LocalDateTime start, LocalDateTime finish, int totalFloat, int freeFloat,
		boolean critical, Long drivingPredecessorId, ToolDetails details, DurationEstimate estimate) {

	public ActivityDraft draft() {
		return new ActivityDraft(this.kind, this.name, this.parentId, this.durationMinutes, this.calendarId,
				this.constraintType, this.constraintDate, this.deadline, this.actualStart, this.actualFinish,
				this.percentComplete, this.externalId);
	}

	/** True if the duration is elapsed time (24×7, MS Project's {@code ed}). */
	public boolean isElapsed() {
		return this.details != null && this.details.elapsed();
	}

	public boolean isSummary() {
		return this.kind == ActivityKind.SUMMARY;
	}

	public boolean isMilestone() {
		return this.kind == ActivityKind.MILESTONE || (this.kind == ActivityKind.TASK && this.durationMinutes == 0);
	}

}

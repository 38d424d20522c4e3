package org.agilepmo.planning.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.engine.schedule.ConstraintType;

/**
 * An activity with its scheduled dates. Floats are working minutes on the activity's
 * calendar; {@code wbs} is its outline number (1.2.3) and {@code level} its depth;
 * {@code details} what a schedule file said beyond the draft (elapsed duration, P6
 * milestone kind…), which an export writes back; {@code budgetedCost} what the activity
 * is budgeted to cost in the currency of the project's budget (null when it has none).
 */
public record ActivityView(long id, long version, Long parentId, String wbs, int level, ActivityKind kind, String name,
		int durationMinutes, Long calendarId, ConstraintType constraintType, LocalDateTime constraintDate,
		LocalDateTime deadline, LocalDateTime actualStart, LocalDateTime actualFinish, int percentComplete,
		String externalId, LocalDateTime earlyStart, LocalDateTime earlyFinish, LocalDateTime lateStart,
		LocalDateTime lateFinish, LocalDateTime start, LocalDateTime finish, int totalFloat, int freeFloat,
		boolean critical, Long drivingPredecessorId, ToolDetails details, DurationEstimate estimate,
		long levellingDelayMinutes, BigDecimal budgetedCost) {

	/**
	 * An activity that resource levelling did not delay: {@code start} and {@code finish}
	 * are the schedule's. A levelled one has its levelled dates there and its delay in
	 * clock minutes ({@link #levelled}).
	 */
	public ActivityView(long id, long version, Long parentId, String wbs, int level, ActivityKind kind, String name,
			int durationMinutes, Long calendarId, ConstraintType constraintType, LocalDateTime constraintDate,
			LocalDateTime deadline, LocalDateTime actualStart, LocalDateTime actualFinish, int percentComplete,
			String externalId, LocalDateTime earlyStart, LocalDateTime earlyFinish, LocalDateTime lateStart,
			LocalDateTime lateFinish, LocalDateTime start, LocalDateTime finish, int totalFloat, int freeFloat,
			boolean critical, Long drivingPredecessorId, ToolDetails details, DurationEstimate estimate,
			BigDecimal budgetedCost) {
		this(id, version, parentId, wbs, level, kind, name, durationMinutes, calendarId, constraintType, constraintDate,
				deadline, actualStart, actualFinish, percentComplete, externalId, earlyStart, earlyFinish, lateStart,
				lateFinish, start, finish, totalFloat, freeFloat, critical, drivingPredecessorId, details, estimate, 0,
				budgetedCost);
	}

	/** This row with levelled dates and delay. */
	ActivityView levelled(LocalDateTime levelledStart, LocalDateTime levelledFinish, long delayMinutes) {
		if (levelledStart.equals(this.start) && levelledFinish.equals(this.finish)
				&& delayMinutes == this.levellingDelayMinutes) {
			return this;
		}
		return new ActivityView(this.id, this.version, this.parentId, this.wbs, this.level, this.kind, this.name,
				this.durationMinutes, this.calendarId, this.constraintType, this.constraintDate, this.deadline,
				this.actualStart, this.actualFinish, this.percentComplete, this.externalId, this.earlyStart,
				this.earlyFinish, this.lateStart, this.lateFinish, levelledStart, levelledFinish, this.totalFloat,
				this.freeFloat, this.critical, this.drivingPredecessorId, this.details, this.estimate, delayMinutes,
				this.budgetedCost);
	}

	public ActivityDraft draft() {
		return new ActivityDraft(this.kind, this.name, this.parentId, this.durationMinutes, this.calendarId,
				this.constraintType, this.constraintDate, this.deadline, this.actualStart, this.actualFinish,
				this.percentComplete, this.externalId);
	}

	/** True if the duration is elapsed time (24×7, MS Project's {@code ed}). */
	public boolean isElapsed() {
		return this.details != null && this.details.elapsed();
	}

	/**
	 * Whether this row shows the activity as it is now: every field that comes from the
	 * activity rather than from the schedule is equal.
	 */
	boolean shows(Activity a) {
		return this.id == a.id() && this.version == a.version() && java.util.Objects.equals(this.parentId, a.parentId())
				&& this.kind == a.kind() && this.durationMinutes == a.durationMinutes()
				&& this.percentComplete == a.percentComplete() && this.constraintType == a.constraintType()
				&& java.util.Objects.equals(this.name, a.name())
				&& java.util.Objects.equals(this.calendarId, a.calendarId())
				&& java.util.Objects.equals(this.constraintDate, a.constraintDate())
				&& java.util.Objects.equals(this.deadline, a.deadline())
				&& java.util.Objects.equals(this.actualStart, a.actualStart())
				&& java.util.Objects.equals(this.actualFinish, a.actualFinish())
				&& java.util.Objects.equals(this.externalId, a.externalId())
				&& java.util.Objects.equals(this.details, a.toolDetails())
				&& java.util.Objects.equals(this.estimate, a.estimate())
				&& java.util.Objects.equals(this.budgetedCost, a.budgetedCost());
	}

	public boolean isSummary() {
		return this.kind == ActivityKind.SUMMARY;
	}

	public boolean isMilestone() {
		return this.kind == ActivityKind.MILESTONE || (this.kind == ActivityKind.TASK && this.durationMinutes == 0);
	}

}

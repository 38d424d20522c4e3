package org.agilepmo.planning.internal;

import java.time.LocalDateTime;

import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.engine.schedule.ConstraintType;

/**
 * What a person (or an imported file) says an activity is; checked by
 * {@link ActivityPlacement} before it is written.
 */
public record ActivityDraft(ActivityKind kind, String name, Long parentId, int durationMinutes, Long calendarId,
		ConstraintType constraintType, LocalDateTime constraintDate, LocalDateTime deadline, LocalDateTime actualStart,
		LocalDateTime actualFinish, int percentComplete, String externalId) {

	public ActivityDraft {
		kind = (kind != null) ? kind : ActivityKind.TASK;
		constraintType = (constraintType != null) ? constraintType : ConstraintType.AS_SOON_AS_POSSIBLE;
		name = (name != null) ? name.strip() : null;
	}

	public static ActivityDraft task(String name, int durationMinutes) {
		return new ActivityDraft(ActivityKind.TASK, name, null, durationMinutes, null, null, null, null, null, null, 0,
				null);
	}

	public ActivityDraft withName(String newName) {
		return new ActivityDraft(this.kind, newName, this.parentId, this.durationMinutes, this.calendarId,
				this.constraintType, this.constraintDate, this.deadline, this.actualStart, this.actualFinish,
				this.percentComplete, this.externalId);
	}

	public ActivityDraft withDuration(int minutes) {
		return new ActivityDraft(this.kind, this.name, this.parentId, minutes, this.calendarId, this.constraintType,
				this.constraintDate, this.deadline, this.actualStart, this.actualFinish, this.percentComplete,
				this.externalId);
	}

	public ActivityDraft withConstraint(ConstraintType type, LocalDateTime date) {
		return new ActivityDraft(this.kind, this.name, this.parentId, this.durationMinutes, this.calendarId, type, date,
				this.deadline, this.actualStart, this.actualFinish, this.percentComplete, this.externalId);
	}

	public ActivityDraft withParent(Long parent) {
		return new ActivityDraft(this.kind, this.name, parent, this.durationMinutes, this.calendarId,
				this.constraintType, this.constraintDate, this.deadline, this.actualStart, this.actualFinish,
				this.percentComplete, this.externalId);
	}

	/**
	 * The same activity on another calendar ({@code null}: the project calendar), with
	 * another deadline and progress.
	 */
	public ActivityDraft withDetails(Long calendar, LocalDateTime newDeadline, LocalDateTime started,
			LocalDateTime finished, int percent) {
		return new ActivityDraft(this.kind, this.name, this.parentId, this.durationMinutes, calendar,
				this.constraintType, this.constraintDate, newDeadline, started, finished, percent, this.externalId);
	}

}

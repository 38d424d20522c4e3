package org.agilepmo.planning.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.engine.schedule.ConstraintType;

/**
 * A WBS element (summary), task or milestone of a plan. Durations are working minutes on
 * the activity's calendar (the plan's when it has none).
 */
@Entity
@Table(name = "plan_activity")
class Activity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
	@SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
	private Long id;

	@Version
	private long version;

	@Column(name = "plan_id", nullable = false)
	private long planId;

	@Column(name = "parent_id")
	private Long parentId;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActivityKind kind;

	@Column(nullable = false)
	private String name;

	@Column(name = "duration_minutes", nullable = false)
	private int durationMinutes;

	@Column(name = "calendar_id")
	private Long calendarId;

	@Enumerated(EnumType.STRING)
	@Column(name = "constraint_type", nullable = false)
	private ConstraintType constraintType = ConstraintType.AS_SOON_AS_POSSIBLE;

	@Column(name = "constraint_date")
	private LocalDateTime constraintDate;

	private LocalDateTime deadline;

	@Column(name = "actual_start")
	private LocalDateTime actualStart;

	@Column(name = "actual_finish")
	private LocalDateTime actualFinish;

	@Column(name = "percent_complete", nullable = false)
	private int percentComplete;

	@Column(name = "external_id")
	private String externalId;

	@Column(name = "remaining_minutes")
	private Integer remainingMinutes;

	@Column(name = "manual_start")
	private LocalDateTime manualStart;

	@Column(name = "manual_finish")
	private LocalDateTime manualFinish;

	@Column(name = "elapsed_duration", nullable = false)
	private boolean elapsedDuration;

	@Column(name = "start_milestone", nullable = false)
	private boolean startMilestone;

	@Column(name = "duration_min_minutes")
	private Integer durationMinMinutes;

	@Column(name = "duration_likely_minutes")
	private Integer durationLikelyMinutes;

	@Column(name = "duration_max_minutes")
	private Integer durationMaxMinutes;

	@Enumerated(EnumType.STRING)
	@Column(name = "duration_distribution")
	private org.agilepmo.engine.risk.Distribution durationDistribution;

	@Column(name = "level_of_effort", nullable = false)
	private boolean levelOfEffort;

	/**
	 * What the activity is budgeted to cost, in the currency of the project's budget;
	 * null when it has no budget of its own (a summary's is the sum of its children's).
	 */
	@Column(name = "budgeted_cost")
	private BigDecimal budgetedCost;

	/**
	 * Resource levelling: clock minutes counted from the start the levelled predecessors
	 * allow (MS Project's levelling delay), kept through edits as MS Project keeps it.
	 */
	@Column(name = "levelling_delay_minutes", nullable = false)
	private long levellingDelayMinutes;

	/** Delays the activity by levelling, or clears its delay with 0. */
	void levelBy(long delayMinutes) {
		if (delayMinutes < 0) {
			throw new IllegalArgumentException("a levelling delay is never negative");
		}
		this.levellingDelayMinutes = delayMinutes;
	}

	long levellingDelayMinutes() {
		return this.levellingDelayMinutes;
	}

	protected Activity() {
	}

	private Activity(long planId, int sortOrder, ActivityDraft draft) {
		this.planId = planId;
		this.sortOrder = sortOrder;
		apply(draft);
	}

	/** A new activity at the end of its plan, when the placement admits it. */
	static Activity add(long planId, int sortOrder, ActivityDraft draft, ActivityPlacement placement) {
		placement.check(draft, null);
		return new Activity(planId, sortOrder, draft);
	}

	/** Changes what the activity states, when the placement admits it. */
	void revise(ActivityDraft draft, ActivityPlacement placement) {
		placement.check(draft, this.id);
		apply(draft);
	}

	private void apply(ActivityDraft draft) {
		if (this.remainingMinutes != null
				&& (draft.durationMinutes() != this.durationMinutes || draft.percentComplete() != this.percentComplete
						|| !java.util.Objects.equals(draft.actualStart(), this.actualStart))) {
			// The file's remaining duration no longer describes the changed progress.
			this.remainingMinutes = null;
		}
		this.kind = draft.kind();
		this.name = draft.name();
		this.parentId = draft.parentId();
		this.durationMinutes = (draft.kind() == ActivityKind.TASK) ? draft.durationMinutes() : 0;
		this.calendarId = draft.calendarId();
		this.constraintType = draft.constraintType();
		this.constraintDate = draft.constraintDate();
		this.deadline = draft.deadline();
		this.actualStart = draft.actualStart();
		this.actualFinish = draft.actualFinish();
		this.percentComplete = draft.percentComplete();
		this.externalId = draft.externalId();
		if (draft.kind() != ActivityKind.TASK) {
			reviseEstimate(DurationEstimate.NONE);
		}
		if (draft.kind() == ActivityKind.SUMMARY) {
			this.budgetedCost = null;
		}
	}

	/**
	 * Gives the activity its budgeted cost ({@code null} removes it), already read as an
	 * amount of 0 or more with at most two decimals.
	 * @throws org.agilepmo.shared.RuleViolationException for a summary, whose cost is the
	 * sum of its children's
	 */
	void budget(BigDecimal amount) {
		if (amount != null && this.kind == ActivityKind.SUMMARY) {
			throw new org.agilepmo.shared.RuleViolationException("budgetedCost", "planning.error.budgetedCostSummary",
					"a summary's cost is the sum of its children's", this.name);
		}
		this.budgetedCost = (amount != null) ? amount.setScale(2) : null;
	}

	BigDecimal budgetedCost() {
		return this.budgetedCost;
	}

	/**
	 * Gives the task a three-point estimate (or removes it with
	 * {@link DurationEstimate#NONE}).
	 * @throws org.agilepmo.shared.RuleViolationException if the estimate does not hold or
	 * the activity is not a task
	 */
	void reviseEstimate(DurationEstimate estimate) {
		DurationEstimate checked = estimate.checked();
		if (checked.isGiven() && this.kind != ActivityKind.TASK) {
			throw new org.agilepmo.shared.RuleViolationException("durationMinMinutes", "planning.error.estimateNotTask",
					"only a task's duration can have a three-point estimate");
		}
		this.durationMinMinutes = checked.minMinutes();
		this.durationLikelyMinutes = checked.likelyMinutes();
		this.durationMaxMinutes = checked.maxMinutes();
		this.durationDistribution = checked.distribution();
	}

	DurationEstimate estimate() {
		return (this.durationMinMinutes == null) ? DurationEstimate.NONE : new DurationEstimate(this.durationMinMinutes,
				this.durationLikelyMinutes, this.durationMaxMinutes, this.durationDistribution);
	}

	/** Keeps what the file said beyond the draft (remaining duration, manual dates). */
	void recordToolDetails(ToolDetails details) {
		ToolDetails d = (details != null) ? details : ToolDetails.NONE;
		this.remainingMinutes = d.remainingMinutes();
		this.manualStart = d.manualStart();
		this.manualFinish = d.manualFinish();
		this.elapsedDuration = d.elapsed();
		this.startMilestone = d.startMilestone();
		this.levelOfEffort = d.levelOfEffort();
	}

	ToolDetails toolDetails() {
		return new ToolDetails(this.remainingMinutes, this.manualStart, this.manualFinish, this.elapsedDuration,
				this.startMilestone, this.levelOfEffort);
	}

	void moveTo(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	ActivityDraft draft() {
		return new ActivityDraft(this.kind, this.name, this.parentId, this.durationMinutes, this.calendarId,
				this.constraintType, this.constraintDate, this.deadline, this.actualStart, this.actualFinish,
				this.percentComplete, this.externalId);
	}

	Long id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	long planId() {
		return this.planId;
	}

	Long parentId() {
		return this.parentId;
	}

	int sortOrder() {
		return this.sortOrder;
	}

	ActivityKind kind() {
		return this.kind;
	}

	String name() {
		return this.name;
	}

	int durationMinutes() {
		return this.durationMinutes;
	}

	Long calendarId() {
		return this.calendarId;
	}

	ConstraintType constraintType() {
		return this.constraintType;
	}

	LocalDateTime constraintDate() {
		return this.constraintDate;
	}

	LocalDateTime deadline() {
		return this.deadline;
	}

	LocalDateTime actualStart() {
		return this.actualStart;
	}

	LocalDateTime actualFinish() {
		return this.actualFinish;
	}

	int percentComplete() {
		return this.percentComplete;
	}

	String externalId() {
		return this.externalId;
	}

}

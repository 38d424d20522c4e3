package org.agilepmo.planning.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A resource assigned to an activity of the same plan, with its units and work. */
@Entity
@Table(name = "plan_assignment")
class PlanAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
	@SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
	private Long id;

	@Version
	private long version;

	@Column(name = "plan_id", nullable = false)
	private long planId;

	@Column(name = "activity_id", nullable = false)
	private long activityId;

	@Column(name = "resource_id", nullable = false)
	private long resourceId;

	@Column(nullable = false)
	private BigDecimal units;

	@Column(name = "work_minutes")
	private Long workMinutes;

	@Column(name = "actual_work_minutes")
	private Long actualWorkMinutes;

	@Column(name = "remaining_work_minutes")
	private Long remainingWorkMinutes;

	@Column(name = "external_id")
	private String externalId;

	protected PlanAssignment() {
	}

	/**
	 * An assignment of the plan; the draft was checked by {@link StaffingRules} and names
	 * an activity and a resource of this plan.
	 */
	PlanAssignment(long planId, AssignmentDraft draft, String externalId) {
		this.planId = planId;
		this.externalId = externalId;
		apply(draft);
	}

	void revise(AssignmentDraft draft) {
		apply(draft);
	}

	private void apply(AssignmentDraft draft) {
		this.activityId = draft.activityId();
		this.resourceId = draft.resourceId();
		this.units = draft.units();
		this.workMinutes = draft.workMinutes();
		this.actualWorkMinutes = draft.actualWorkMinutes();
		this.remainingWorkMinutes = draft.remainingWorkMinutes();
	}

	AssignmentDraft draft() {
		return new AssignmentDraft(this.activityId, this.resourceId, this.units, this.workMinutes,
				this.actualWorkMinutes, this.remainingWorkMinutes);
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

	long activityId() {
		return this.activityId;
	}

	long resourceId() {
		return this.resourceId;
	}

	BigDecimal units() {
		return this.units;
	}

	Long workMinutes() {
		return this.workMinutes;
	}

	Long actualWorkMinutes() {
		return this.actualWorkMinutes;
	}

	Long remainingWorkMinutes() {
		return this.remainingWorkMinutes;
	}

	String externalId() {
		return this.externalId;
	}

}

package org.agilepmo.planning.internal;

import java.time.Instant;
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
import org.agilepmo.engine.schedule.ProgressedActivities;
import org.agilepmo.engine.schedule.SchedulingRules;

/**
 * A project's plan: the aggregate root whose version moves on every change to any of its
 * activities, dependencies or calendars, so that the schedule computed for one version is
 * valid for exactly that version.
 */
@Entity
@Table(name = "plan")
class Plan {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
	@SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
	private Long id;

	@Version
	private long version;

	@Column(name = "project_id", nullable = false, unique = true)
	private long projectId;

	@Column(name = "project_start", nullable = false)
	private LocalDateTime projectStart;

	@Column(name = "status_date")
	private LocalDateTime statusDate;

	@Column(name = "calendar_id")
	private Long calendarId;

	@Column(name = "source_file")
	private String sourceFile;

	@Enumerated(EnumType.STRING)
	@Column(name = "scheduling_rules", nullable = false)
	private SchedulingRules schedulingRules = SchedulingRules.MICROSOFT_PROJECT;

	@Enumerated(EnumType.STRING)
	@Column(name = "progressed_activities", nullable = false)
	private ProgressedActivities progressedActivities = ProgressedActivities.RETAINED_LOGIC;

	@Column(name = "scheduled_finish")
	private LocalDateTime scheduledFinish;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Plan() {
	}

	Plan(long projectId, LocalDateTime projectStart) {
		this.projectId = projectId;
		this.projectStart = projectStart;
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	Long id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	long projectId() {
		return this.projectId;
	}

	LocalDateTime projectStart() {
		return this.projectStart;
	}

	LocalDateTime statusDate() {
		return this.statusDate;
	}

	Long calendarId() {
		return this.calendarId;
	}

	String sourceFile() {
		return this.sourceFile;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	void reschedule(LocalDateTime projectStart, LocalDateTime statusDate, Long calendarId) {
		this.projectStart = projectStart;
		this.statusDate = statusDate;
		this.calendarId = calendarId;
		touch();
	}

	SchedulingRules schedulingRules() {
		return this.schedulingRules;
	}

	ProgressedActivities progressedActivities() {
		return this.progressedActivities;
	}

	/**
	 * Follows the rules of the tool the plan came from where MS Project and P6 differ
	 * (ADR 0103).
	 */
	void followRules(SchedulingRules rules, ProgressedActivities progressed) {
		this.schedulingRules = (rules != null) ? rules : SchedulingRules.MICROSOFT_PROJECT;
		this.progressedActivities = (progressed != null) ? progressed : ProgressedActivities.RETAINED_LOGIC;
		touch();
	}

	LocalDateTime scheduledFinish() {
		return this.scheduledFinish;
	}

	/**
	 * Schedules the plan from {@code finish} as MS Project schedules a project from its
	 * finish date; null schedules it from its start (ADR 0103).
	 */
	void scheduleFromFinish(LocalDateTime finish) {
		this.scheduledFinish = finish;
		touch();
	}

	void importedFrom(String sourceFile) {
		this.sourceFile = sourceFile;
		touch();
	}

	/** Marks the plan changed, so that its version moves with any change inside it. */
	void touch() {
		this.updatedAt = Instant.now();
	}

	PlanSettings settings() {
		return new PlanSettings(this.projectStart, this.statusDate, this.calendarId, this.schedulingRules,
				this.progressedActivities, this.scheduledFinish);
	}

	PlanSnapshot snapshot() {
		return new PlanSnapshot(this.projectId, this.projectStart, this.statusDate, this.calendarId, this.sourceFile,
				this.schedulingRules, this.progressedActivities, this.scheduledFinish);
	}

	record PlanSnapshot(long projectId, LocalDateTime projectStart, LocalDateTime statusDate, Long calendarId,
			String sourceFile, SchedulingRules schedulingRules, ProgressedActivities progressedActivities,
			LocalDateTime scheduledFinish) {
	}

}

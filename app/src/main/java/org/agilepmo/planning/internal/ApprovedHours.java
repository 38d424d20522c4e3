package org.agilepmo.planning.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.resources.TimesheetApproved;
import org.agilepmo.shared.Classification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approved timesheet hours become the actual work of the plan's assignments, as MS
 * Project keeps it: the hours a person recorded on an activity are added to the actual
 * work of that activity's assignment of the plan resource linked to the person, the
 * remaining work falls by as much (never below zero) and the work is their sum. Hours on
 * an activity where the person has no assignment, or by a person no plan resource is
 * linked to, stay in the timesheet only. The activity's own progress (% complete, actual
 * start) stays the project manager's to record.
 */
@Component
class ApprovedHours {

	private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

	private final Activities activities;

	private final Plans plans;

	private final PlanResourceRows resources;

	private final PlanAssignmentRows assignments;

	private final ProjectCatalogue projects;

	private final AuditTrail audit;

	ApprovedHours(Activities activities, Plans plans, PlanResourceRows resources, PlanAssignmentRows assignments,
			ProjectCatalogue projects, AuditTrail audit) {
		this.activities = activities;
		this.plans = plans;
		this.resources = resources;
		this.assignments = assignments;
		this.projects = projects;
		this.audit = audit;
	}

	/**
	 * In the approving transaction: the hours reach the plan with the approval, or
	 * neither is kept.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void approved(TimesheetApproved week) {
		Map<Long, Long> minutesByActivity = new LinkedHashMap<>();
		for (TimesheetApproved.Line line : week.lines()) {
			if (line.activityId() != null) {
				long minutes = line.hours()
					.multiply(MINUTES_PER_HOUR)
					.setScale(0, java.math.RoundingMode.HALF_UP)
					.longValueExact();
				minutesByActivity.merge(line.activityId(), minutes, Long::sum);
			}
		}
		minutesByActivity.forEach((activityId, minutes) -> this.activities.findById(activityId)
			.ifPresent(activity -> record(week.personId(), activity, minutes)));
	}

	private void record(long personId, Activity activity, long minutes) {
		List<Long> linked = this.resources.findByPlanIdOrderByIdAsc(activity.planId())
			.stream()
			.filter(r -> Objects.equals(r.draft().personId(), personId))
			.map(PlanResource::id)
			.toList();
		if (linked.isEmpty()) {
			return;
		}
		for (PlanAssignment assignment : this.assignments.findByActivityId(activity.id())) {
			if (linked.contains(assignment.resourceId())) {
				AssignmentDraft before = assignment.draft();
				AssignmentDraft after = withActualWork(before, minutes);
				assignment.revise(after);
				Classification classification = this.plans.findById(activity.planId())
					.flatMap(plan -> this.projects.classificationOf(plan.projectId()))
					.orElse(Classification.CONFIDENTIAL);
				this.audit.record(AuditRecord.updated(PlanResourceService.ASSIGNMENT, assignment.id(), classification,
						before, after));
				return;
			}
		}
	}

	/** Work = actual work + remaining work, as MS Project keeps an assignment's work. */
	static AssignmentDraft withActualWork(AssignmentDraft before, long minutes) {
		long actualBefore = (before.actualWorkMinutes() != null) ? before.actualWorkMinutes() : 0;
		Long remainingBefore = (before.remainingWorkMinutes() != null) ? before.remainingWorkMinutes()
				: (before.workMinutes() != null) ? Math.max(0, before.workMinutes() - actualBefore) : null;
		long actual = actualBefore + minutes;
		Long remaining = (remainingBefore != null) ? Math.max(0, remainingBefore - minutes) : null;
		Long work = (remaining != null) ? actual + remaining : before.workMinutes();
		return new AssignmentDraft(before.activityId(), before.resourceId(), before.units(), work, actual, remaining);
	}

}

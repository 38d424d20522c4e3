package org.agilepmo.planning;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.engine.schedule.Lag;
import org.agilepmo.engine.schedule.LinkType;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.planning.internal.ActivityDraft;
import org.agilepmo.planning.internal.AssignmentDraft;
import org.agilepmo.planning.internal.PlanResourceService;
import org.agilepmo.planning.internal.ResourceDraft;
import org.agilepmo.planning.internal.ActivityView;
import org.agilepmo.planning.internal.CalendarDraft;
import org.agilepmo.planning.internal.PlanService;
import org.agilepmo.planning.internal.RiskAnalysisService;
import org.agilepmo.planning.internal.BaselineService;

import org.springframework.boot.test.context.TestComponent;

/**
 * The planning module's public test support: plan objects made in a project by a person
 * who may edit its plan, answered as ids, so that other modules' tests need none of the
 * module's internals.
 */
@TestComponent
public class PlanningFixtures {

	private final PlanService plans;

	private final IdentityFixtures people;

	private final BaselineService baselines;

	private final RiskAnalysisService analyses;

	private final PlanResourceService staffing;

	PlanningFixtures(PlanService plans, IdentityFixtures people, BaselineService baselines,
			RiskAnalysisService analyses, PlanResourceService staffing) {
		this.analyses = analyses;
		this.staffing = staffing;
		this.baselines = baselines;
		this.plans = plans;
		this.people = people;
	}

	/** A task of the given length (minutes) in the project's plan; answers its id. */
	public long task(PersonSummary editor, long projectId, String name, int minutes) {
		return this.people
			.actingAs(editor,
					() -> this.plans.addActivity(IdentityFixtures.actor(editor), projectId,
							ActivityDraft.task(name, minutes)))
			.id();
	}

	/** A task of the given length under a WBS summary; answers its id. */
	public long task(PersonSummary editor, long projectId, String name, int minutes, long parentId) {
		return this.people.actingAs(editor, () -> this.plans.addActivity(IdentityFixtures.actor(editor), projectId,
				ActivityDraft.task(name, minutes).withParent(parentId)))
			.id();
	}

	/** A WBS summary (its dates and progress are its children's); answers its id. */
	public long summary(PersonSummary editor, long projectId, String name) {
		return this.people
			.actingAs(editor,
					() -> this.plans
						.addActivity(IdentityFixtures.actor(editor), projectId,
								new ActivityDraft(ActivityKind.SUMMARY, name, null, 0, null, null, null, null, null,
										null, 0, null)))
			.id();
	}

	/** Moves the plan's start (the project calendar stays). */
	public void startOn(PersonSummary editor, long projectId, LocalDateTime start) {
		this.people.actingAs(editor, () -> {
			var actor = IdentityFixtures.actor(editor);
			var plan = this.plans.plan(actor, projectId);
			return this.plans.reschedule(actor, projectId, plan.version(), start, plan.statusDate(), plan.calendarId());
		});
	}

	/**
	 * Records an activity's percent complete; a started activity gets its scheduled start
	 * as its actual start.
	 */
	public void progress(PersonSummary editor, long projectId, long activityId, int percent) {
		this.people.actingAs(editor, () -> {
			var actor = IdentityFixtures.actor(editor);
			ActivityView a = this.plans.activity(actor, projectId, activityId);
			LocalDateTime started = a.actualStart() != null ? a.actualStart() : (percent > 0 ? a.start() : null);
			LocalDateTime finished = percent == 100 ? a.finish() : null;
			return this.plans.editActivity(actor, projectId, activityId, a.version(),
					new ActivityDraft(a.kind(), a.name(), a.parentId(), a.durationMinutes(), a.calendarId(),
							a.constraintType(), a.constraintDate(), a.deadline(), started, finished, percent,
							a.externalId()));
		});
	}

	/**
	 * Sets the activity's budgeted cost in the plan (null removes it), at its current
	 * version; answers the activity's new version.
	 */
	public long budgetedCost(PersonSummary editor, long projectId, long activityId, String amount) {
		return this.people.actingAs(editor, () -> {
			var actor = IdentityFixtures.actor(editor);
			long version = this.plans.activity(actor, projectId, activityId).version();
			return this.activityBudgets
				.budget(actor, projectId, activityId, version, (amount != null) ? new BigDecimal(amount) : null)
				.version();
		});
	}

	@org.springframework.beans.factory.annotation.Autowired
	private ActivityBudgets activityBudgets;

	/** A finish-to-start link without lag; answers its id. */
	public long finishToStart(PersonSummary editor, long projectId, long predecessorId, long successorId) {
		return this.people
			.actingAs(editor,
					() -> this.plans.addDependency(IdentityFixtures.actor(editor), projectId, predecessorId,
							successorId, LinkType.FINISH_START, Lag.NONE))
			.id();
	}

	/**
	 * A standard (Monday to Friday, eight hours) calendar of the plan; answers its id.
	 */
	public long standardCalendar(PersonSummary editor, long projectId, String name) {
		return this.people
			.actingAs(editor,
					() -> this.plans.addCalendar(IdentityFixtures.actor(editor), projectId,
							CalendarDraft.standard(name)))
			.id();
	}

	/** Saves a baseline of the plan as it stands; answers its name. */
	public String baseline(PersonSummary editor, long projectId, String name) {
		return this.people
			.actingAs(editor, () -> this.baselines.saveBaseline(IdentityFixtures.actor(editor), projectId, name))
			.name();
	}

	/** A work resource of the plan with these max units (1.0 = 100 %); answers its id. */
	public long resource(PersonSummary editor, long projectId, String name, BigDecimal maxUnits) {
		return this.people.actingAs(editor, () -> this.staffing.addResource(IdentityFixtures.actor(editor), projectId,
				new ResourceDraft(null, name, PlanResources.ResourceType.WORK, maxUnits, null, null)))
			.id();
	}

	/**
	 * A work resource of the plan that stands for the person (approved timesheet hours
	 * reach its assignments); answers its id.
	 */
	public long resourceFor(PersonSummary editor, long projectId, String name, PersonSummary person) {
		return this.people
			.actingAs(editor, () -> this.staffing.addResource(IdentityFixtures.actor(editor), projectId,
					new ResourceDraft(null, name, PlanResources.ResourceType.WORK, BigDecimal.ONE, null, person.id())))
			.id();
	}

	/**
	 * Assigns the resource to the activity at these units; answers the assignment's id.
	 */
	public long assignment(PersonSummary editor, long projectId, long activityId, long resourceId, BigDecimal units) {
		return this.people.actingAs(editor, () -> this.staffing.addAssignment(IdentityFixtures.actor(editor), projectId,
				new AssignmentDraft(activityId, resourceId, units, null, null, null)))
			.id();
	}

	/** The plan's version, for If-Match. */
	public long planVersion(PersonSummary reader, long projectId) {
		return this.people.actingAs(reader, () -> this.plans.plan(IdentityFixtures.actor(reader), projectId)).version();
	}

	/** Starts a small risk analysis of the plan; answers the run's id. */
	public long riskAnalysis(PersonSummary editor, long projectId) {
		return this.people
			.actingAs(editor,
					() -> this.analyses.start(IdentityFixtures.actor(editor), projectId,
							new RiskAnalysisService.Request(100, 1L, null)))
			.id();
	}

	@org.springframework.beans.factory.annotation.Autowired
	private org.agilepmo.planning.internal.CorrelationGroupService correlations;

	/** A correlation group of the given tasks in the project's plan; answers its id. */
	public long correlationGroup(PersonSummary editor, long projectId, String name, double coefficient,
			java.util.List<Long> activityIds) {
		return this.people
			.actingAs(editor,
					() -> this.correlations
						.create(IdentityFixtures.actor(editor), projectId,
								new org.agilepmo.planning.internal.CorrelationDraft(name,
										java.math.BigDecimal.valueOf(coefficient), activityIds)))
			.id();
	}

}

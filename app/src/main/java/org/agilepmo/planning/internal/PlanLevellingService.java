package org.agilepmo.planning.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.levelling.LevellingDelays;
import org.agilepmo.engine.levelling.LevellingOptions;
import org.agilepmo.engine.levelling.PlanLevelling;
import org.agilepmo.planning.PlanResources;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Levels a plan's resources (ADR 0105) and keeps the result (each activity's levelling
 * delay stored, the plan's version moved, one audit entry), or clears it. Levelling
 * always starts from the unlevelled schedule, as MS Project does when it clears levelling
 * values before levelling. Only work resources are levelled; their maximum units and
 * calendars, and the assignments' units, come from {@link PlanResources}.
 */
@Service
public class PlanLevellingService {

	/** Schedules a levelling run may generate, unless its time limit stops it first. */
	static final long SCHEDULES = 5000;

	static final long DEFAULT_MILLIS = 5000;

	static final long MAX_MILLIS = 60_000;

	private final PlanStore store;

	private final PlanResources staffing;

	private final AuditTrail audit;

	PlanLevellingService(PlanStore store, PlanResources staffing, AuditTrail audit) {
		this.store = store;
		this.staffing = staffing;
		this.audit = audit;
	}

	/** A levelling applied: what moved, and the plan as it now is. */
	public record Levelled(PlanLevelling.Result result, PlanView plan, Map<Long, String> resourceNames) {
	}

	/**
	 * Levels the plan and keeps it: every activity's levelling delay is stored (cleared
	 * where nothing moved), the plan's version moves, and one audit entry lists the
	 * delays before and after.
	 */
	@Transactional
	public Levelled level(Actor actor, long projectId, long expectedVersion, PlanLevelling.Mode mode,
			Long timeLimitMillis) {
		ProjectSummary project = this.store.editable(actor, projectId);
		Plan plan = this.store.planFor(project, expectedVersion);
		Run run = run(actor, project, plan, mode, timeLimitMillis);
		PlanScheduler.Scheduled scheduled = run.scheduled();
		int n = scheduled.network().activityCount();
		LocalDateTime[] starts = new LocalDateTime[n];
		for (PlanLevelling.Move move : run.result().moves()) {
			int i = scheduled.network().indexOf(move.id());
			if (i >= 0) {
				starts[i] = move.start();
			}
		}
		long[] delays = LevellingDelays.delays(scheduled.network(), scheduled.schedule(), starts);
		Map<Long, Long> before = new LinkedHashMap<>();
		Map<Long, Long> after = new LinkedHashMap<>();
		for (Activity a : this.store.activitiesOf(plan).values()) {
			Integer i = scheduled.positions().get(a.id());
			long delay = (i != null) ? delays[i] : 0;
			if (a.levellingDelayMinutes() != 0) {
				before.put(a.id(), a.levellingDelayMinutes());
			}
			if (delay != 0) {
				after.put(a.id(), delay);
			}
			if (a.levellingDelayMinutes() != delay) {
				a.levelBy(delay);
			}
		}
		plan.touch();
		PlanView view = this.store.commit(project, plan);
		this.audit.record(new AuditRecord(PlanService.PLAN + ".levelled", PlanService.PLAN, String.valueOf(plan.id()),
				project.classification(), mode + ": " + run.result().moves().size() + " activities moved, finish "
						+ run.result().finishBefore() + " → " + view.projectFinish(),
				before, after));
		return new Levelled(run.result(), view, run.resourceNames());
	}

	/** Clears every levelling delay of the plan (audited); the plan's version moves. */
	@Transactional
	public PlanView clear(Actor actor, long projectId, long expectedVersion) {
		ProjectSummary project = this.store.editable(actor, projectId);
		Plan plan = this.store.planFor(project, expectedVersion);
		Map<Long, Long> before = new LinkedHashMap<>();
		for (Activity a : this.store.activitiesOf(plan).values()) {
			if (a.levellingDelayMinutes() != 0) {
				before.put(a.id(), a.levellingDelayMinutes());
				a.levelBy(0);
			}
		}
		plan.touch();
		PlanView view = this.store.commit(project, plan);
		this.audit.record(
				new AuditRecord(PlanService.PLAN + ".levelling-cleared", PlanService.PLAN, String.valueOf(plan.id()),
						project.classification(), before.size() + " levelling delays cleared", before, Map.of()));
		return view;
	}

	private record Run(PlanLevelling.Result result, PlanScheduler.Scheduled scheduled,
			Map<Long, String> resourceNames) {
	}

	private Run run(Actor actor, ProjectSummary project, Plan plan, PlanLevelling.Mode mode, Long timeLimitMillis) {
		if (mode == null) {
			throw PlanRules.violation("mode", "planning.error.required", "mode is required");
		}
		long millis = timeLimitMillis == null ? DEFAULT_MILLIS : timeLimitMillis;
		if (millis < 1 || millis > MAX_MILLIS) {
			throw PlanRules.violation("timeLimitMillis", "planning.error.levellingTime",
					"timeLimitMillis must be between 1 and " + MAX_MILLIS, MAX_MILLIS);
		}
		PlanModel model = this.store.model(project, plan);
		PlanScheduler.Scheduled scheduled = this.store.scheduler.scheduled(plan, model.activities(),
				model.dependencies(), model.calendars());
		PlanResources.Staffing staff = this.staffing.staffing(actor, project.id());
		List<PlanLevelling.Resource> resources = new ArrayList<>();
		Map<Long, String> names = new LinkedHashMap<>();
		for (PlanResources.Resource r : staff.resources()) {
			if (r.type() != PlanResources.ResourceType.WORK) {
				continue;
			}
			WorkCalendar calendar = r.calendarId() == null ? null : scheduled.calendarsById().get(r.calendarId());
			resources.add(new PlanLevelling.Resource(String.valueOf(r.id()), percent(r.maxUnits()), calendar));
			names.put(r.id(), r.name());
		}
		List<PlanLevelling.Assignment> assignments = new ArrayList<>();
		for (PlanResources.Assignment a : staff.assignments()) {
			assignments.add(new PlanLevelling.Assignment(String.valueOf(a.activityId()), String.valueOf(a.resourceId()),
					percent(a.units())));
		}
		LevellingOptions options = new LevellingOptions(SCHEDULES, millis, 1, 1);
		PlanLevelling.Result result = PlanLevelling.level(scheduled.network(), scheduled.schedule(),
				scheduled.projectCalendar(),
				new PlanLevelling.Request(resources, assignments, mode, Set.of(), Map.of(), options));
		return new Run(result, scheduled, names);
	}

	private static int percent(BigDecimal units) {
		return units == null ? 0 : units.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
	}

}

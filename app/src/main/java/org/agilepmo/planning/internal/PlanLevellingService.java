package org.agilepmo.planning.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.levelling.LevellingOptions;
import org.agilepmo.engine.levelling.PlanLevelling;
import org.agilepmo.planning.PlanResources;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Levels a plan's resources (ADR 0105) and answers what would move: a preview that stores
 * nothing. Only work resources are levelled; their maximum units and calendars, and the
 * assignments' units, come from {@link PlanResources}.
 */
@Service
public class PlanLevellingService {

	/** Schedules a levelling run may generate, unless its time limit stops it first. */
	static final long SCHEDULES = 5000;

	static final long DEFAULT_MILLIS = 5000;

	static final long MAX_MILLIS = 60_000;

	private final PlanStore store;

	private final PlanResources staffing;

	PlanLevellingService(PlanStore store, PlanResources staffing) {
		this.store = store;
		this.staffing = staffing;
	}

	/**
	 * The levelled plan as it would be, for a person who may edit the plan.
	 * @param timeLimitMillis how long the search may take, null for the default
	 */
	@Transactional(readOnly = true)
	public PlanLevelling.Result preview(Actor actor, long projectId, PlanLevelling.Mode mode, Long timeLimitMillis) {
		if (mode == null) {
			throw PlanRules.violation("mode", "planning.error.required", "mode is required");
		}
		long millis = timeLimitMillis == null ? DEFAULT_MILLIS : timeLimitMillis;
		if (millis < 1 || millis > MAX_MILLIS) {
			throw PlanRules.violation("timeLimitMillis", "planning.error.levellingTime",
					"timeLimitMillis must be between 1 and " + MAX_MILLIS, MAX_MILLIS);
		}
		ProjectSummary project = this.store.editable(actor, projectId);
		Plan plan = this.store.planFor(project, null);
		PlanModel model = this.store.model(project, plan);
		PlanScheduler.Scheduled scheduled = this.store.scheduler.scheduled(plan, model.activities(),
				model.dependencies(), model.calendars());
		PlanResources.Staffing staff = this.staffing.staffing(actor, projectId);
		List<PlanLevelling.Resource> resources = new ArrayList<>();
		for (PlanResources.Resource r : staff.resources()) {
			if (r.type() != PlanResources.ResourceType.WORK) {
				continue;
			}
			WorkCalendar calendar = r.calendarId() == null ? null : scheduled.calendarsById().get(r.calendarId());
			resources.add(new PlanLevelling.Resource(String.valueOf(r.id()), percent(r.maxUnits()), calendar));
		}
		List<PlanLevelling.Assignment> assignments = new ArrayList<>();
		for (PlanResources.Assignment a : staff.assignments()) {
			assignments.add(new PlanLevelling.Assignment(String.valueOf(a.activityId()), String.valueOf(a.resourceId()),
					percent(a.units())));
		}
		LevellingOptions options = new LevellingOptions(SCHEDULES, millis, 1, 1);
		return PlanLevelling.level(scheduled.network(), scheduled.schedule(), scheduled.projectCalendar(),
				new PlanLevelling.Request(resources, assignments, mode, Set.of(), Map.of(), options));
	}

	private static int percent(BigDecimal units) {
		return units == null ? 0 : units.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
	}

}

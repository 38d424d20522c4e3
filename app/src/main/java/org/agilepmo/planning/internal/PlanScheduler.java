package org.agilepmo.planning.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.engine.schedule.ConstraintType;
import org.agilepmo.engine.schedule.CriticalPath;
import org.agilepmo.engine.schedule.Network;
import org.agilepmo.engine.schedule.Schedule;
import org.agilepmo.engine.schedule.ScheduleException;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.RuleViolationException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Maps a plan to the engine's network, schedules it and keeps the result for the plan's
 * version, with the plan's rows as they were read or written ({@link PlanModel}).
 * Schedules are computed, not stored: every change moves the plan's version, so a result
 * is valid for exactly one version. A change made here hands over its new model (the
 * previous one with the changed rows replaced), so an edit neither reads the plan again
 * nor writes more than it changed; a change made elsewhere (another instance) moves the
 * version in the database, which every write and read checks first, and the plan is then
 * read again. Kept in memory up to {@link #CACHED_ACTIVITIES} activities in all, and only
 * softly: the garbage collector drops models before the heap runs out (they are read
 * again when next needed).
 */
@Component
class PlanScheduler {

	private static final int CACHED_PLANS = 64;

	/** About 100 MB of rows and views. */
	static final int CACHED_ACTIVITIES = 400_000;

	private final Map<Long, java.lang.ref.SoftReference<PlanModel>> byPlan = new ConcurrentHashMap<>();

	private final Map<Long, WorkCalendar> calendars = new ConcurrentHashMap<>();

	/** The schedule cached for this version of the plan, or null. */
	PlanView cached(long planId, long version) {
		PlanModel model = model(planId, version);
		return (model != null) ? model.view() : null;
	}

	/** The rows and schedule cached for this version of the plan, or null. */
	PlanModel model(long planId, long version) {
		java.lang.ref.SoftReference<PlanModel> kept = this.byPlan.get(planId);
		PlanModel model = (kept != null) ? kept.get() : null;
		return (model != null && model.view().version() == version) ? model : null;
	}

	/** Keeps the schedule once the transaction that computed it has committed. */
	void remember(long planId, PlanModel model) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					store(planId, model);
				}
			});
		}
		else {
			store(planId, model);
		}
	}

	private void store(long planId, PlanModel model) {
		if (!this.byPlan.containsKey(planId) && (this.byPlan.size() >= CACHED_PLANS
				|| cachedActivities() + model.activities().size() > CACHED_ACTIVITIES)) {
			this.byPlan.clear();
		}
		this.byPlan.merge(planId, new java.lang.ref.SoftReference<>(model), (old, now) -> {
			PlanModel kept = old.get();
			return (kept != null && kept.view().version() > model.view().version()) ? old : now;
		});
	}

	private int cachedActivities() {
		int count = 0;
		for (java.lang.ref.SoftReference<PlanModel> kept : this.byPlan.values()) {
			PlanModel model = kept.get();
			count += (model != null) ? model.activities().size() : 0;
		}
		return count;
	}

	/** Schedules the plan from these rows and returns them with the schedule. */
	PlanModel modelOf(ProjectSummary project, Plan plan, List<Activity> activities, List<Dependency> dependencies,
			List<PlanCalendar> planCalendars) {
		return modelOf(project, plan, activities, dependencies, planCalendars, null);
	}

	/**
	 * The same, taking over from the previous version's model what the change left as it
	 * was (an edit moves a handful of rows among thousands): the WBS order when no
	 * activity moved in the outline, the rows whose activity and result are unchanged,
	 * the dependencies' rows when no dependency changed. The activities are kept in WBS
	 * order, so that the next edit finds them in order.
	 */
	PlanModel modelOf(ProjectSummary project, Plan plan, List<Activity> activities, List<Dependency> dependencies,
			List<PlanCalendar> planCalendars, PlanModel previous) {
		PlanModel kept = (previous != null && sameOrder(activities, previous)) ? previous : null;
		List<Activity> ordered = (kept != null) ? activities : wbsOrder(activities);
		Rescheduling scheduled = schedule(project, plan, ordered, dependencies, planCalendars, kept);
		return new PlanModel(List.copyOf(ordered), List.copyOf(dependencies), List.copyOf(planCalendars),
				scheduled.view(), scheduled.schedule(), scheduled.positions());
	}

	/** A schedule, the plan's view of it and each activity's position in both. */
	private record Rescheduling(PlanView view, Schedule schedule, Map<Long, Integer> positions) {
	}

	/**
	 * Whether the activities stand where the previous rows stood, with the same parents
	 * (as the previous view shows them: rows read in this transaction may have been
	 * changed in place) and sort orders, so that the previous WBS order holds for them.
	 */
	private static boolean sameOrder(List<Activity> activities, PlanModel previous) {
		List<ActivityView> rows = previous.view().activities();
		List<Activity> before = previous.activities();
		if (activities.size() != rows.size() || activities.size() != before.size()) {
			return false;
		}
		for (int i = 0; i < activities.size(); i++) {
			Activity a = activities.get(i);
			ActivityView row = rows.get(i);
			if (row.id() != a.id() || !java.util.Objects.equals(row.parentId(), a.parentId())
					|| (a != before.get(i) && a.sortOrder() != before.get(i).sortOrder())) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Schedules the plan.
	 * @throws RuleViolationException naming the activities of a dependency loop
	 */
	PlanView schedule(ProjectSummary project, Plan plan, List<Activity> activities, List<Dependency> dependencies,
			List<PlanCalendar> planCalendars) {
		return schedule(project, plan, wbsOrder(activities), dependencies, planCalendars, null).view();
	}

	/** Schedules activities already in WBS order. */
	private Rescheduling schedule(ProjectSummary project, Plan plan, List<Activity> ordered,
			List<Dependency> dependencies, List<PlanCalendar> planCalendars, PlanModel previous) {
		Scheduled scheduled = scheduled(plan, ordered, dependencies, planCalendars,
				(previous != null) ? previous.positions() : null);
		PlanView view = LevelledView.of(view(project, plan, ordered, scheduled.schedule(), dependencies,
				scheduled.calendarViews(), scheduled.minutesPerDay(), previous), ordered, scheduled.network(),
				scheduled.schedule());
		return new Rescheduling(view, scheduled.schedule(), scheduled.positions());
	}

	/**
	 * The engine's network and schedule of a plan, with its calendars: activity i of the
	 * network is the i-th of {@code ordered}, its id the activity's platform id, and
	 * {@code positions} gives each activity's number by id.
	 */
	record Scheduled(Network network, Schedule schedule, WorkCalendar projectCalendar,
			Map<Long, WorkCalendar> calendarsById, List<CalendarView> calendarViews, int minutesPerDay,
			Map<Long, Integer> positions) {
	}

	/** The plan's network scheduled by the engine (activities in WBS order). */
	Scheduled scheduled(Plan plan, List<Activity> ordered, List<Dependency> dependencies,
			List<PlanCalendar> planCalendars) {
		return scheduled(plan, ordered, dependencies, planCalendars, null);
	}

	private Scheduled scheduled(Plan plan, List<Activity> ordered, List<Dependency> dependencies,
			List<PlanCalendar> planCalendars, Map<Long, Integer> knownPositions) {
		PlanNetwork built = network(plan, ordered, dependencies, planCalendars, knownPositions);
		Schedule schedule;
		try {
			schedule = CriticalPath.schedule(built.network(), built.projectCalendar());
		}
		catch (ScheduleException ex) {
			String loop = ex.loop().isEmpty() ? ex.getMessage() : String.join(" → ", ex.loop());
			throw new RuleViolationException("predecessorId", "planning.error.loop", ex.getMessage(), loop);
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolationException(null, "planning.error.unschedulable", ex.getMessage(), ex.getMessage());
		}
		return new Scheduled(built.network(), schedule, built.projectCalendar(), built.calendarsById(),
				built.calendarViews(), built.minutesPerDay(), built.positions());
	}

	/**
	 * The engine's network of a plan whose activities are in WBS order (activity i of the
	 * network is {@code ordered.get(i)}), with the project calendar.
	 */
	PlanNetwork network(Plan plan, List<Activity> ordered, List<Dependency> dependencies,
			List<PlanCalendar> planCalendars) {
		return network(plan, ordered, dependencies, planCalendars, null);
	}

	/**
	 * The same, with the activities' positions by id when they are known (an edit that
	 * left the previous order as it was).
	 */
	private PlanNetwork network(Plan plan, List<Activity> ordered, List<Dependency> dependencies,
			List<PlanCalendar> planCalendars, Map<Long, Integer> knownPositions) {
		Map<Long, WorkCalendar> calendarsById = new HashMap<>();
		List<CalendarView> calendarViews = new ArrayList<>();
		for (PlanCalendar calendar : planCalendars) {
			calendarsById.put(calendar.id(), workCalendar(calendar));
			calendarViews.add(new CalendarView(calendar.id(), calendar.version(), calendar.draft()));
		}
		WorkCalendar projectCalendar = (plan.calendarId() != null) ? calendarsById.get(plan.calendarId()) : null;
		if (projectCalendar == null) {
			projectCalendar = WorkCalendar.standard();
		}
		int minutesPerDay = 480;
		for (CalendarView calendar : calendarViews) {
			if (calendar.id() == ((plan.calendarId() != null) ? plan.calendarId() : -1)) {
				minutesPerDay = calendar.calendar().minutesPerDay();
			}
		}
		int n = ordered.size();
		Network.Builder builder = Network.builder(plan.projectStart(), n, dependencies.size());
		if (plan.statusDate() != null) {
			builder.statusDate(plan.statusDate());
		}
		builder.rules(plan.schedulingRules())
			.progressedActivities(plan.progressedActivities())
			.scheduleFromFinish(plan.scheduledFinish());
		Map<Long, Integer> index = (knownPositions != null) ? knownPositions : new HashMap<>(n * 2);
		for (Activity a : ordered) {
			String id = String.valueOf(a.id());
			int i = switch (a.kind()) {
				case TASK -> a.toolDetails().levelOfEffort() ? builder.levelOfEffort(id, a.name())
						: builder.task(id, a.name(), a.durationMinutes());
				case MILESTONE -> a.toolDetails().startMilestone() ? builder.startMilestone(id, a.name())
						: builder.milestone(id, a.name());
				case SUMMARY -> builder.summary(id, a.name());
			};
			if (knownPositions == null) {
				index.put(a.id(), i);
			}
		}
		for (int i = 0; i < n; i++) {
			Activity a = ordered.get(i);
			if (a.parentId() != null && index.containsKey(a.parentId())) {
				builder.parent(i, index.get(a.parentId()));
			}
			if (a.calendarId() != null && calendarsById.containsKey(a.calendarId())) {
				builder.calendar(i, calendarsById.get(a.calendarId()));
			}
			if (a.kind() == ActivityKind.SUMMARY) {
				continue;
			}
			if (a.constraintType() != ConstraintType.AS_SOON_AS_POSSIBLE) {
				builder.constrain(i, a.constraintType(), a.constraintType().isDated() ? a.constraintDate() : null);
			}
			if (a.deadline() != null) {
				builder.deadline(i, a.deadline());
			}
			ToolDetails details = a.toolDetails();
			if (details.elapsed()) {
				builder.elapsed(i);
			}
			if (details.levelOfEffort()) {
				// P6 derives a level of effort's dates, actual ones too, from its links.
				continue;
			}
			if (a.actualFinish() != null && a.actualStart() != null) {
				builder.finished(i, a.actualStart(), a.actualFinish());
			}
			else if (a.actualStart() != null && details.remainingMinutes() != null) {
				builder.startedWithRemaining(i, a.actualStart(), details.remainingMinutes());
			}
			else if (a.actualStart() != null) {
				builder.started(i, a.actualStart(), a.percentComplete());
			}
			else if (details.isManual()) {
				builder.manual(i, details.manualStart(), details.manualFinish());
			}
		}
		for (Dependency d : dependencies) {
			builder.link(index.get(d.predecessorId()), index.get(d.successorId()), d.type(), d.lag());
		}
		Network network;
		try {
			network = builder.build();
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolationException(null, "planning.error.unschedulable", ex.getMessage(), ex.getMessage());
		}
		return new PlanNetwork(network, projectCalendar, calendarsById, calendarViews, minutesPerDay, index);
	}

	/** A plan as the engine's network, with each activity's number by id. */
	record PlanNetwork(Network network, WorkCalendar projectCalendar, Map<Long, WorkCalendar> calendarsById,
			List<CalendarView> calendarViews, int minutesPerDay, Map<Long, Integer> positions) {
	}

	private PlanView view(ProjectSummary project, Plan plan, List<Activity> ordered, Schedule schedule,
			List<Dependency> dependencies, List<CalendarView> calendarViews, int minutesPerDay, PlanModel previous) {
		List<ActivityView> views = new ArrayList<>(ordered.size());
		List<ActivityView> before = (previous != null) ? previous.view().activities() : List.of();
		if (previous != null) {
			// The activities kept the previous outline (see sameOrder).
			Schedule last = previous.schedule();
			for (int i = 0; i < ordered.size(); i++) {
				Activity a = ordered.get(i);
				ActivityView old = before.get(i);
				// Same outline, so the same numbers stand for the same activities in both
				// schedules: a row whose activity and result did not change is kept as it
				// was.
				if (last != null && old.shows(a) && schedule.sameResult(i, last, i)) {
					views.add(old);
					continue;
				}
				int driving = schedule.drivingPredecessor(i);
				ActivityView now = new ActivityView(a.id(), a.version(), a.parentId(), old.wbs(), old.level(), a.kind(),
						a.name(), a.durationMinutes(), a.calendarId(), a.constraintType(), a.constraintDate(),
						a.deadline(), a.actualStart(), a.actualFinish(), a.percentComplete(), a.externalId(),
						schedule.earlyStart(i), schedule.earlyFinish(i), schedule.lateStart(i), schedule.lateFinish(i),
						schedule.start(i), schedule.finish(i), schedule.totalFloat(i), schedule.freeFloat(i),
						schedule.isCritical(i), (driving < 0) ? null : ordered.get(driving).id(), a.toolDetails(),
						a.estimate(), a.budgetedCost());
				// The same object when nothing moved: cheaper to keep, and to compare.
				views.add(now.equals(old) ? old : now);
			}
			return planView(project, plan, ordered, schedule, dependencies, calendarViews, minutesPerDay, views,
					previous);
		}
		Map<Long, String> wbs = new HashMap<>(ordered.size() * 2);
		Map<Long, Integer> level = new HashMap<>(ordered.size() * 2);
		Map<Long, Integer> childCount = new HashMap<>();
		for (int i = 0; i < ordered.size(); i++) {
			Activity a = ordered.get(i);
			Long parent = a.parentId();
			int number = childCount.merge((parent != null) ? parent : 0L, 1, Integer::sum);
			String code = (parent != null && wbs.containsKey(parent)) ? wbs.get(parent) + "." + number
					: String.valueOf(number);
			int depth = (parent != null && level.containsKey(parent)) ? level.get(parent) + 1 : 0;
			wbs.put(a.id(), code);
			level.put(a.id(), depth);
			int driving = schedule.drivingPredecessor(i);
			views.add(new ActivityView(a.id(), a.version(), a.parentId(), code, depth, a.kind(), a.name(),
					a.durationMinutes(), a.calendarId(), a.constraintType(), a.constraintDate(), a.deadline(),
					a.actualStart(), a.actualFinish(), a.percentComplete(), a.externalId(), schedule.earlyStart(i),
					schedule.earlyFinish(i), schedule.lateStart(i), schedule.lateFinish(i), schedule.start(i),
					schedule.finish(i), schedule.totalFloat(i), schedule.freeFloat(i), schedule.isCritical(i),
					(driving < 0) ? null : ordered.get(driving).id(), a.toolDetails(), a.estimate(), a.budgetedCost()));
		}
		return planView(project, plan, ordered, schedule, dependencies, calendarViews, minutesPerDay, views, previous);
	}

	private PlanView planView(ProjectSummary project, Plan plan, List<Activity> ordered, Schedule schedule,
			List<Dependency> dependencies, List<CalendarView> calendarViews, int minutesPerDay,
			List<ActivityView> views, PlanModel previous) {
		List<DependencyView> links = (previous != null && sameRows(dependencies, previous.view().dependencies()))
				? previous.view().dependencies()
				: dependencies.stream()
					.map(d -> new DependencyView(d.id(), d.version(), d.predecessorId(), d.successorId(), d.type(),
							d.lag()))
					.toList();
		List<Long> longest = new ArrayList<>();
		for (int i : schedule.longestPathIndexes()) {
			longest.add(ordered.get(i).id());
		}
		// A plan scheduled from its finish starts where the schedule says.
		LocalDateTime start = (plan.scheduledFinish() != null) ? schedule.scheduledStart() : plan.projectStart();
		return new PlanView(project.id(), project.code(), project.name(), plan.version(), start, plan.statusDate(),
				plan.calendarId(), schedule.projectFinish(), views, links, calendarViews,
				schedule.constraintViolations(), schedule.deadlineMisses(), longest, minutesPerDay, plan.sourceFile(),
				plan.schedulingRules(), plan.progressedActivities(), plan.scheduledFinish());
	}

	/** Whether the previous rows show these dependencies as they are now, in order. */
	private static boolean sameRows(List<Dependency> dependencies, List<DependencyView> before) {
		if (dependencies.size() != before.size()) {
			return false;
		}
		for (int i = 0; i < dependencies.size(); i++) {
			if (!before.get(i).shows(dependencies.get(i))) {
				return false;
			}
		}
		return true;
	}

	/** Summaries before their children, siblings by their order. */
	static List<Activity> wbsOrder(List<Activity> unordered) {
		List<Activity> activities = new ArrayList<>(unordered);
		activities.sort(java.util.Comparator.comparingInt(Activity::sortOrder).thenComparing(Activity::id));
		Map<Long, List<Activity>> children = new HashMap<>();
		Map<Long, Activity> byId = new HashMap<>(activities.size() * 2);
		for (Activity a : activities) {
			byId.put(a.id(), a);
		}
		List<Activity> roots = new ArrayList<>();
		for (Activity a : activities) {
			if (a.parentId() != null && byId.containsKey(a.parentId())) {
				children.computeIfAbsent(a.parentId(), k -> new ArrayList<>()).add(a);
			}
			else {
				roots.add(a);
			}
		}
		List<Activity> ordered = new ArrayList<>(activities.size());
		ArrayList<Activity> stack = new ArrayList<>();
		for (int r = roots.size() - 1; r >= 0; r--) {
			stack.add(roots.get(r));
		}
		while (!stack.isEmpty()) {
			Activity a = stack.remove(stack.size() - 1);
			ordered.add(a);
			List<Activity> kids = children.get(a.id());
			if (kids != null) {
				for (int k = kids.size() - 1; k >= 0; k--) {
					stack.add(kids.get(k));
				}
			}
		}
		return ordered;
	}

	private WorkCalendar workCalendar(PlanCalendar calendar) {
		String key = calendar.id() + ":" + calendar.version();
		WorkCalendar cached = this.calendars.get(calendar.id());
		if (cached != null && cached.name().endsWith("@" + key)) {
			return cached;
		}
		WorkCalendar built = calendar.toWorkCalendar(key);
		if (this.calendars.size() > 256) {
			this.calendars.clear();
		}
		this.calendars.put(calendar.id(), built);
		return built;
	}

}

package org.agilepmo.planning.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.agilepmo.engine.levelling.PlanLevelling;
import org.agilepmo.planning.internal.ActivityView;
import org.agilepmo.planning.internal.PlanLevellingService;

/**
 * A levelling applied: how many activities moved and which, the finish before (the
 * unlevelled schedule's) and after (the levelled plan's), the over-allocation (percent ×
 * minutes of grid periods above capacity) before and after, the schedules generated and
 * time used, and per resource and day the peak units before and after against its
 * capacity.
 */
record LevellingResource(PlanLevelling.Mode mode, int activitiesMoved, LocalDateTime finishBefore,
		LocalDateTime finishAfter, long overloadBefore, long overloadAfter, long schedules, long millis,
		List<Moved> moved, List<Usage> usage) {

	/**
	 * An activity that moved: its unlevelled and levelled dates, its levelling delay as
	 * stored (clock minutes from the start its levelled predecessors allow, as MS Project
	 * keeps it) and the resources over-allocated where it was.
	 */
	record Moved(long activityId, String name, LocalDateTime startBefore, LocalDateTime finishBefore,
			LocalDateTime start, LocalDateTime finish, long levellingDelayMinutes, List<Long> overAllocated) {
	}

	/** Peak units per day (100 = 100 %) of one resource. */
	record Usage(long resourceId, List<LocalDate> days, int[] before, int[] after, int[] capacity) {
	}

	static LevellingResource of(PlanLevelling.Mode mode, PlanLevellingService.Levelled levelled) {
		PlanLevelling.Result result = levelled.result();
		java.util.Map<Long, ActivityView> rows = levelled.plan().activitiesById();
		return new LevellingResource(mode, result.moves().size(), result.finishBefore(),
				levelled.plan().projectFinish(), result.overloadBefore(), result.overloadAfter(), result.schedules(),
				result.millis(), result.moves().stream().map(m -> moved(m, rows.get(Long.parseLong(m.id())))).toList(),
				result.usage()
					.stream()
					.map(u -> new Usage(Long.parseLong(u.resourceId()), u.days(), u.before(), u.after(), u.capacity()))
					.toList());
	}

	private static Moved moved(PlanLevelling.Move m, ActivityView row) {
		return new Moved(Long.parseLong(m.id()), m.name(), m.startBefore(), m.finishBefore(),
				(row != null) ? row.start() : m.start(), (row != null) ? row.finish() : m.finish(),
				(row != null) ? row.levellingDelayMinutes() : m.delayMinutes(),
				m.causedBy().stream().map(Long::parseLong).toList());
	}

}

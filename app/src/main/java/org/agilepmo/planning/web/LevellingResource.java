package org.agilepmo.planning.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.agilepmo.engine.levelling.PlanLevelling;

/**
 * A levelling preview: what would move, the finish before and after, the over-allocation
 * (percent × minutes of grid periods above capacity) before and after, and per resource
 * and day the peak units before and after against its capacity.
 */
record LevellingResource(PlanLevelling.Mode mode, LocalDateTime finishBefore, LocalDateTime finishAfter,
		long overloadBefore, long overloadAfter, long schedules, long millis, List<Moved> moved, List<Usage> usage) {

	/**
	 * An activity that would move; levellingDelayMinutes is clock time, as MS Project
	 * keeps it.
	 */
	record Moved(long activityId, String name, LocalDateTime startBefore, LocalDateTime finishBefore,
			LocalDateTime start, LocalDateTime finish, long levellingDelayMinutes, List<Long> overAllocated) {
	}

	/** Peak units per day (100 = 100 %) of one resource. */
	record Usage(long resourceId, List<LocalDate> days, int[] before, int[] after, int[] capacity) {
	}

	static LevellingResource of(PlanLevelling.Mode mode, PlanLevelling.Result result) {
		return new LevellingResource(mode, result.finishBefore(), result.finishAfter(), result.overloadBefore(),
				result.overloadAfter(), result.schedules(), result.millis(),
				result.moves()
					.stream()
					.map(m -> new Moved(Long.parseLong(m.id()), m.name(), m.startBefore(), m.finishBefore(), m.start(),
							m.finish(), m.delayMinutes(), m.causedBy().stream().map(Long::parseLong).toList()))
					.toList(),
				result.usage()
					.stream()
					.map(u -> new Usage(Long.parseLong(u.resourceId()), u.days(), u.before(), u.after(), u.capacity()))
					.toList());
	}

}

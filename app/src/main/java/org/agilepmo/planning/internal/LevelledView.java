package org.agilepmo.planning.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.engine.levelling.LevellingDelays;
import org.agilepmo.engine.schedule.Network;
import org.agilepmo.engine.schedule.Schedule;

/**
 * A plan's view with its resource levelling applied (ADR 0105): each activity's start and
 * finish are its levelled dates (the schedule's when nothing delays it), its levelling
 * delay beside them, summaries spanning their levelled children, and the plan's finish
 * the latest levelled finish. The early and late dates stay the unlevelled schedule's.
 */
final class LevelledView {

	private LevelledView() {
	}

	/**
	 * The view with the activities' levelling delays applied; the rows that did not
	 * change are the same objects.
	 */
	static PlanView of(PlanView view, List<Activity> ordered, Network network, Schedule schedule) {
		int n = ordered.size();
		long[] delays = new long[n];
		boolean any = false;
		for (int i = 0; i < n; i++) {
			delays[i] = ordered.get(i).levellingDelayMinutes();
			any |= delays[i] > 0;
		}
		List<ActivityView> rows = view.activities();
		LocalDateTime[] starts = new LocalDateTime[n];
		LocalDateTime[] finishes = new LocalDateTime[n];
		if (any) {
			LevellingDelays.Dates dates = LevellingDelays.dates(network, schedule, delays);
			System.arraycopy(dates.starts(), 0, starts, 0, n);
			System.arraycopy(dates.finishes(), 0, finishes, 0, n);
			rollUpSummaries(rows, starts, finishes);
		}
		else {
			for (int i = 0; i < n; i++) {
				starts[i] = schedule.start(i);
				finishes[i] = schedule.finish(i);
			}
		}
		List<ActivityView> levelled = new ArrayList<>(n);
		boolean changed = false;
		LocalDateTime finish = schedule.projectFinish();
		for (int i = 0; i < n; i++) {
			ActivityView row = rows.get(i);
			ActivityView now = row.levelled(starts[i], finishes[i], delays[i]);
			changed |= now != row;
			levelled.add(now);
			if (finish == null || finishes[i].isAfter(finish)) {
				finish = finishes[i];
			}
		}
		if (!changed && java.util.Objects.equals(finish, view.projectFinish())) {
			return view;
		}
		return new PlanView(view.projectId(), view.projectCode(), view.projectName(), view.version(),
				view.projectStart(), view.statusDate(), view.calendarId(), finish, levelled, view.dependencies(),
				view.calendars(), view.constraintViolations(), view.deadlineMisses(), view.longestPath(),
				view.minutesPerDay(), view.sourceFile(), view.schedulingRules(), view.progressedActivities(),
				view.scheduledFinish());
	}

	/**
	 * Summaries span their levelled children (rows in WBS order: every child after its
	 * summary, so walking backwards sees the children first).
	 */
	private static void rollUpSummaries(List<ActivityView> rows, LocalDateTime[] starts, LocalDateTime[] finishes) {
		int n = rows.size();
		Map<Long, Integer> index = new HashMap<>(n * 2);
		for (int i = 0; i < n; i++) {
			index.put(rows.get(i).id(), i);
		}
		LocalDateTime[] from = new LocalDateTime[n];
		LocalDateTime[] to = new LocalDateTime[n];
		for (int i = n - 1; i >= 0; i--) {
			ActivityView row = rows.get(i);
			if (row.isSummary() && from[i] != null) {
				starts[i] = from[i];
				finishes[i] = to[i];
			}
			Integer parent = (row.parentId() != null) ? index.get(row.parentId()) : null;
			if (parent != null) {
				if (from[parent] == null || starts[i].isBefore(from[parent])) {
					from[parent] = starts[i];
				}
				if (to[parent] == null || finishes[i].isAfter(to[parent])) {
					to[parent] = finishes[i];
				}
			}
		}
	}

}

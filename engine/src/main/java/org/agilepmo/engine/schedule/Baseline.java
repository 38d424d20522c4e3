package org.agilepmo.engine.schedule;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.engine.calendar.WorkCalendar;

/**
 * A saved copy of the planned start, finish and duration of every activity, to measure
 * later schedules against.
 */
public record Baseline(String name, List<Entry> entries) {

	public Baseline {
		entries = List.copyOf(entries);
	}

	/** One activity as it was planned when the baseline was saved. */
	public record Entry(String activityId, LocalDateTime start, LocalDateTime finish, int durationMinutes) {
	}

	/**
	 * How far an activity moved since the baseline, later or longer being positive: in
	 * working minutes on the activity's current calendar and in elapsed time.
	 */
	public record Variance(String activityId, int startWork, int finishWork, int durationWork, Duration startElapsed,
			Duration finishElapsed) {
	}

	public static Baseline capture(String name, Schedule schedule) {
		List<Entry> entries = new ArrayList<>(schedule.activityCount());
		Network n = schedule.network();
		for (int i = 0; i < n.count; i++) {
			int duration = (n.kind[i] == ActivityKind.SUMMARY.ordinal()) ? schedule.activity(i).durationMinutes()
					: n.duration[i];
			entries.add(new Entry(n.ids[i], schedule.start(i), schedule.finish(i), duration));
		}
		return new Baseline(name, entries);
	}

	/**
	 * Variances of the activities present in both; new and removed activities are left
	 * out.
	 */
	public List<Variance> variance(Schedule current) {
		Network n = current.network();
		Map<String, Entry> byId = new HashMap<>(this.entries.size() * 2);
		for (Entry entry : this.entries) {
			byId.put(entry.activityId(), entry);
		}
		List<Variance> variances = new ArrayList<>();
		for (int i = 0; i < n.count; i++) {
			Entry base = byId.get(n.ids[i]);
			if (base == null) {
				continue;
			}
			WorkCalendar c = current.calendar(i);
			LocalDateTime start = current.start(i);
			LocalDateTime finish = current.finish(i);
			int duration = (n.kind[i] == ActivityKind.SUMMARY.ordinal()) ? current.activity(i).durationMinutes()
					: n.duration[i];
			variances.add(new Variance(n.ids[i], (int) c.workBetween(base.start(), start),
					(int) c.workBetween(base.finish(), finish), duration - base.durationMinutes(),
					Duration.between(base.start(), start), Duration.between(base.finish(), finish)));
		}
		return variances;
	}

}

package org.agilepmo.delivery.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** How many items stood in each category at the end of each day. */
public final class CumulativeFlow {

	private CumulativeFlow() {
	}

	public record Day(LocalDate day, int todo, int inProgress, int done) {

	}

	public static List<Day> series(List<ItemState> states, LocalDate from, LocalDate to, ZoneId zone) {
		Replay replay = new Replay(states);
		List<Day> days = new ArrayList<>();
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			Instant moment = d.plusDays(1).atStartOfDay(zone).toInstant();
			int[] counts = new int[Category.values().length];
			for (ItemState s : replay.before(moment)) {
				counts[s.category().ordinal()]++;
			}
			days.add(new Day(d, counts[Category.TODO.ordinal()], counts[Category.IN_PROGRESS.ordinal()],
					counts[Category.DONE.ordinal()]));
		}
		return days;
	}

}

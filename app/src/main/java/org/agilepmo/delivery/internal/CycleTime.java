package org.agilepmo.delivery.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How long finished items took from the first time work started on them (or, for an item
 * moved straight to done, from that move) to the last time they were done.
 */
public final class CycleTime {

	private CycleTime() {
	}

	public record Cycle(long itemId, Instant started, Instant finished, double days) {

	}

	/** The cycles of the items that are done now, in the order they were finished. */
	public static List<Cycle> of(List<ItemState> states) {
		List<Cycle> cycles = new ArrayList<>();
		for (List<ItemState> history : new Replay(states).histories().values()) {
			ItemState last = history.get(history.size() - 1);
			if (last.category() != Category.DONE) {
				continue;
			}
			Instant started = null;
			Instant finished = null;
			Category previous = null;
			for (ItemState s : history) {
				if (started == null && s.category() != Category.TODO) {
					started = s.at();
				}
				if (s.category() == Category.DONE && previous != Category.DONE) {
					finished = s.at();
				}
				previous = s.category();
			}
			double days = Duration.between(started, finished).toMinutes() / (60.0 * 24);
			cycles.add(new Cycle(last.itemId(), started, finished, Math.round(days * 10) / 10.0));
		}
		cycles.sort(Comparator.comparing(Cycle::finished));
		return cycles;
	}

	public static double average(List<Cycle> cycles) {
		return cycles.stream().mapToDouble(Cycle::days).average().orElse(0);
	}

	/** The nearest-rank percentile (for example 85) of the cycle times. */
	public static double percentile(List<Cycle> cycles, int percent) {
		if (cycles.isEmpty()) {
			return 0;
		}
		double[] days = cycles.stream().mapToDouble(Cycle::days).sorted().toArray();
		int rank = (int) Math.ceil(percent / 100.0 * days.length);
		return days[Math.max(0, rank - 1)];
	}

}

package org.agilepmo.engine.risk;

import java.time.LocalDateTime;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.schedule.Network;

/** Small networks for the simulation's tests, on the clock (every minute works). */
final class Plans {

	static final LocalDateTime START = LocalDateTime.of(2026, 1, 5, 8, 0);

	static final WorkCalendar CLOCK = WorkCalendar.continuous();

	private Plans() {
	}

	/** {@code n} activities one after the other. */
	static Network chain(int n, int minutes) {
		Network.Builder b = Network.builder(START);
		for (int i = 0; i < n; i++) {
			b.task("A" + i, "Step " + i, minutes);
			if (i > 0) {
				b.finishToStart(i - 1, i);
			}
		}
		return b.build();
	}

	/** Start, then A and B side by side, then the end milestone. */
	static Network twoBranches() {
		Network.Builder b = Network.builder(START);
		int start = b.milestone("S", "Start");
		int a = b.task("A", "Branch A", 600);
		int c = b.task("B", "Branch B", 600);
		int end = b.milestone("E", "End");
		b.finishToStart(start, a).finishToStart(start, c).finishToStart(a, end).finishToStart(c, end);
		return b.build();
	}

	static int minutesAfterStart(double minute) {
		return (int) Math.round(minute - WorkCalendar.minuteOf(START));
	}

}

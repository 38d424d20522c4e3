package org.agilepmo.engine.schedule;

import java.time.LocalDateTime;

/**
 * Dates of January 2026 for hand-computed examples; Monday 5 January is the project
 * start.
 */
final class Day {

	static final int DAY = 480;

	static final LocalDateTime PROJECT_START = at(5, 8);

	private Day() {
	}

	static LocalDateTime at(int day, int hour) {
		return (day > 31) ? LocalDateTime.of(2026, 2, day - 31, hour, 0) : LocalDateTime.of(2026, 1, day, hour, 0);
	}

}

package org.agilepmo.engine.levelling;

/**
 * The budget of a levelling run: at most {@code schedules} generated schedules (0: no
 * limit) and at most {@code timeLimitMillis} (0: no limit); {@code seed} for the random
 * choices; {@code islands} independent populations run one after the other, sharing the
 * budget (each generation's children are decoded on both cores when there are two). The
 * result depends only on the problem, the schedule budget, the seed and the number of
 * islands, never on the cores or timing, unless a time limit stops the run first.
 */
public record LevellingOptions(long schedules, long timeLimitMillis, long seed, int islands) {

	public LevellingOptions {
		if (schedules < 0 || timeLimitMillis < 0 || islands < 1) {
			throw new IllegalArgumentException("Budget must be positive");
		}
		if (schedules == 0 && timeLimitMillis == 0) {
			throw new IllegalArgumentException("A levelling run needs a schedule budget or a time limit");
		}
	}

	public static LevellingOptions schedules(long schedules, long seed) {
		return new LevellingOptions(schedules, 0, seed, 1);
	}

	public static LevellingOptions time(long millis, long seed) {
		return new LevellingOptions(0, millis, seed, 1);
	}

	public LevellingOptions withIslands(int count) {
		return new LevellingOptions(this.schedules, this.timeLimitMillis, this.seed, count);
	}

}

package org.agilepmo.engine.levelling;

import java.util.SplittableRandom;

import org.agilepmo.engine.schedule.LinkType;

/** Random levelling problems for property tests, the same for the same seed. */
final class RandomProblems {

	private RandomProblems() {
	}

	/**
	 * {@code n} activities, links of every type with lags (negative ones too), two
	 * calendars besides the always-working one (weekends; short days), capacities that
	 * change over time and a few fixed activities at the start.
	 */
	static LevellingProblem general(long seed, int n) {
		SplittableRandom r = new SplittableRandom(seed);
		int resources = 1 + r.nextInt(3);
		int horizon = 60 + r.nextInt(60);
		LevellingProblem.Builder b = LevellingProblem.builder(resources, horizon);
		boolean[] weekdays = new boolean[horizon];
		boolean[] shortDays = new boolean[horizon];
		for (int t = 0; t < horizon; t++) {
			weekdays[t] = t % 7 < 5;
			shortDays[t] = t % 3 != 2;
		}
		int[] calendars = { 0, b.calendar(weekdays), b.calendar(shortDays) };
		int[] tail = new int[resources];
		for (int k = 0; k < resources; k++) {
			tail[k] = 4 + r.nextInt(5);
			int[] profile = new int[horizon];
			for (int t = 0; t < horizon; t++) {
				profile[t] = Math.max(2, tail[k] - (t / 10 % 3 == 1 ? r.nextInt(3) : 0));
			}
			b.capacity(k, profile, tail[k]);
		}
		for (int i = 0; i < n; i++) {
			b.activity(r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(6));
			b.calendarOf(i, calendars[r.nextInt(3)]);
			for (int k = 0; k < resources; k++) {
				if (r.nextInt(3) > 0) {
					b.demand(i, k, 1 + r.nextInt(tail[k]));
				}
			}
			if (r.nextInt(8) == 0) {
				b.release(i, r.nextInt(20));
			}
			b.priority(i, r.nextInt(1001));
		}
		// Two fixed activities that start the plan (started work) and fit together.
		for (int i = 0; i < Math.min(2, n); i++) {
			b.fix(i, 0);
			b.release(i, 0);
			for (int k = 0; k < resources; k++) {
				b.demand(i, k, 1);
			}
			b.calendarOf(i, 0);
		}
		LinkType[] types = LinkType.values();
		for (int j = 2; j < n; j++) {
			int links = r.nextInt(3);
			for (int l = 0; l < links; l++) {
				int i = r.nextInt(j);
				b.link(i, j, types[r.nextInt(4)], r.nextInt(7) - 2);
			}
		}
		return b.build();
	}

	/**
	 * A small problem for exhaustive search: finish-to-start and start-to-start links
	 * with non-negative lags, one calendar with breaks or none, capacities that may dip.
	 */
	static LevellingProblem small(long seed, int n) {
		SplittableRandom r = new SplittableRandom(seed);
		int resources = 1 + r.nextInt(2);
		int horizon = 40;
		LevellingProblem.Builder b = LevellingProblem.builder(resources, horizon);
		int calendar = 0;
		if (r.nextBoolean()) {
			boolean[] works = new boolean[horizon];
			for (int t = 0; t < horizon; t++) {
				works[t] = t % 5 != 4;
			}
			calendar = b.calendar(works);
		}
		for (int k = 0; k < resources; k++) {
			int cap = 2 + r.nextInt(3);
			int[] profile = new int[horizon];
			for (int t = 0; t < horizon; t++) {
				profile[t] = (t >= 3 && t < 6 && r.nextInt(2) == 0) ? cap - 1 : cap;
			}
			b.capacity(k, profile, cap);
		}
		for (int i = 0; i < n; i++) {
			b.activity(1 + r.nextInt(4));
			b.calendarOf(i, calendar);
			for (int k = 0; k < resources; k++) {
				b.demand(i, k, 1 + r.nextInt(2));
			}
		}
		for (int j = 1; j < n; j++) {
			if (r.nextInt(3) > 0) {
				int i = r.nextInt(j);
				boolean ss = r.nextInt(3) == 0;
				b.link(i, j, ss ? LinkType.START_START : LinkType.FINISH_START, r.nextInt(3));
			}
		}
		return b.build();
	}

}

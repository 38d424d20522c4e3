package org.agilepmo.engine.levelling;

import java.util.Arrays;

/**
 * A schedule of a {@link LevellingProblem}: start and finish period per activity, the
 * makespan, the overload left (resource units × periods above capacity; zero when every
 * activity could be levelled), how many schedules were generated and the time spent.
 */
public final class LevelledSchedule {

	private final int[] starts;

	private final int[] finishes;

	private final int makespan;

	private final long overload;

	private final long schedules;

	private final long nanos;

	LevelledSchedule(int[] starts, int[] finishes, int makespan, long overload, long schedules, long nanos) {
		this.starts = starts;
		this.finishes = finishes;
		this.makespan = makespan;
		this.overload = overload;
		this.schedules = schedules;
		this.nanos = nanos;
	}

	public int start(int i) {
		return this.starts[i];
	}

	public int finish(int i) {
		return this.finishes[i];
	}

	public int[] starts() {
		return this.starts.clone();
	}

	public int makespan() {
		return this.makespan;
	}

	public long overload() {
		return this.overload;
	}

	public long schedules() {
		return this.schedules;
	}

	public long nanos() {
		return this.nanos;
	}

	@Override
	public String toString() {
		return "LevelledSchedule[makespan=" + this.makespan + ", overload=" + this.overload + ", starts="
				+ Arrays.toString(this.starts) + "]";
	}

}

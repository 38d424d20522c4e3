package org.agilepmo.engine.schedule;

import java.util.Arrays;

import org.agilepmo.engine.calendar.WorkCalendar;

/**
 * One network scheduled again and again with other durations, as a risk simulation does:
 * each {@link #schedule(int[])} is the full pass of {@link CriticalPath} (links, lags,
 * calendars, constraints, deadlines, progress, as-late-as-possible activities and both
 * scheduling rules), but the network is sorted once and the working arrays are kept, so a
 * pass allocates nothing and computes no free float, driving links or result object. Not
 * thread safe: give each thread its own.
 */
public final class RepeatedSchedule {

	private final Network network;

	private final CriticalPath path;

	private final int[] percentLinks;

	private final int[] predPosition;

	private final int[] succPosition;

	private final int[] totalFloat;

	private RepeatedSchedule(Network network, WorkCalendar projectCalendar) {
		this.network = network;
		this.path = CriticalPath.repeatable(network, projectCalendar);
		int[] links = new int[network.linkCount];
		int count = 0;
		for (int l = 0; l < network.linkCount; l++) {
			// A finished predecessor keeps its actual duration, so its lag keeps its
			// minutes.
			if (network.lagPercent[l] && network.actualFinish[network.linkPred[l]] == Network.NONE) {
				links[count++] = l;
			}
		}
		this.percentLinks = Arrays.copyOf(links, count);
		this.predPosition = new int[network.linkCount];
		this.succPosition = new int[network.linkCount];
		for (int k = 0; k < network.linkCount; k++) {
			this.predPosition[network.predLinks[k]] = k;
			this.succPosition[network.succLinks[k]] = k;
		}
		this.totalFloat = new int[network.count];
	}

	/**
	 * Prepares {@code network}; activities without a calendar of their own use
	 * {@code projectCalendar}.
	 * @throws ScheduleException if the links form a loop
	 */
	public static RepeatedSchedule of(Network network, WorkCalendar projectCalendar) {
		return new RepeatedSchedule(network, projectCalendar);
	}

	public Network network() {
		return this.network;
	}

	/**
	 * The network's own durations, a fresh copy to change and pass to
	 * {@link #schedule(int[])}.
	 */
	public int[] plannedDurations() {
		return this.network.duration.clone();
	}

	/**
	 * Schedules the network with {@code durations} in working minutes of each activity's
	 * calendar, one per activity. The durations of finished activities and summaries are
	 * not used; a started activity keeps the share of its duration that remains. The
	 * array is read during the call only.
	 */
	public void schedule(int[] durations) {
		if (durations.length != this.network.count) {
			throw new IllegalArgumentException(
					"expected " + this.network.count + " durations but got " + durations.length);
		}
		this.path.reschedule(durations, this.percentLinks, this.predPosition, this.succPosition, this.totalFloat);
	}

	/** How many activities a pass dates on the working-time axis alone. */
	int plainActivities() {
		return this.path.plainActivityCount();
	}

	/**
	 * The project finish of the last pass, in minutes since {@link WorkCalendar#EPOCH}.
	 */
	public int projectFinish() {
		return this.path.projectFinishMinute();
	}

	/** The early start of the last pass, in minutes since {@link WorkCalendar#EPOCH}. */
	public int earlyStart(int activity) {
		return this.path.earlyStartMinute(activity);
	}

	/** The early finish of the last pass, in minutes since {@link WorkCalendar#EPOCH}. */
	public int earlyFinish(int activity) {
		return this.path.earlyFinishMinute(activity);
	}

	/**
	 * The total float of the last pass, in working minutes of the activity's calendar.
	 */
	public int totalFloat(int activity) {
		return this.totalFloat[activity];
	}

	/**
	 * Critical in the last pass: as {@link Schedule#isCritical(int)}, total float of zero
	 * or less, not finished, not a summary and not a level-of-effort activity.
	 */
	public boolean isCritical(int activity) {
		return this.totalFloat[activity] <= 0 && this.network.actualFinish[activity] == Network.NONE
				&& this.network.kind[activity] != ActivityKind.SUMMARY.ordinal()
				&& !this.network.levelOfEffort[activity];
	}

}

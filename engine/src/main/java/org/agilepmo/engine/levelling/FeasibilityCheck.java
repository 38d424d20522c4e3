package org.agilepmo.engine.levelling;

import java.util.ArrayList;
import java.util.List;

import org.agilepmo.engine.schedule.LinkType;

/**
 * Checks a schedule of a {@link LevellingProblem} from the definitions, independently of
 * the schedule generation schemes: every activity starts in a working period of its
 * calendar, no earlier than its release, at its fixed start if it has one; every link
 * holds with its lag counted on the successor's calendar; and, period by period, the
 * demands of the activities working there stay within each resource's capacity.
 */
public final class FeasibilityCheck {

	private FeasibilityCheck() {
	}

	/** What is wrong with the schedule, in words; empty when it is feasible. */
	public static List<String> violations(LevellingProblem p, int[] start) {
		List<String> out = new ArrayList<>();
		int n = p.n;
		int[] finish = new int[n];
		for (int i = 0; i < n; i++) {
			finish[i] = walkFinish(p, i, start[i]);
			if (p.duration[i] > 0 && !p.works(i, start[i])) {
				out.add("activity " + i + " starts in period " + start[i] + ", when its calendar does not work");
			}
			if (start[i] < p.release[i]) {
				out.add("activity " + i + " starts in period " + start[i] + " before its release " + p.release[i]);
			}
			if (p.fixedStart[i] >= 0 && start[i] != p.fixedStart[i]) {
				out.add("activity " + i + " moved from " + p.fixedStart[i] + " to " + start[i]);
			}
		}
		for (int j = 0; j < n; j++) {
			for (int q = p.predFirst[j]; q < p.predFirst[j + 1]; q++) {
				int i = p.predFrom[q];
				int type = p.predType[q];
				int from = (type == LevellingProblem.FS || type == LevellingProblem.FF) ? finish[i] : start[i];
				int to = (type == LevellingProblem.FS || type == LevellingProblem.SS) ? start[j] : finish[j];
				int gap = countWork(p, j, from, to);
				if (gap < p.predLag[q]) {
					out.add("link " + i + " -> " + j + " " + LinkType.values()[type] + " lag " + p.predLag[q]
							+ " has only " + gap);
				}
			}
		}
		for (int k = 0; k < p.resources; k++) {
			int end = 0;
			for (int i = 0; i < n; i++) {
				end = Math.max(end, finish[i]);
			}
			int[] used = new int[end + 1];
			for (int i = 0; i < n; i++) {
				int units = p.demand(i, k);
				if (units == 0) {
					continue;
				}
				for (int t = start[i]; t < finish[i]; t++) {
					if (p.works(i, t)) {
						used[t] += units;
					}
				}
			}
			for (int t = 0; t < end; t++) {
				if (used[t] > p.capacity(k, t)) {
					out.add("resource " + k + " needs " + used[t] + " in period " + t + " but has " + p.capacity(k, t));
				}
			}
		}
		return out;
	}

	/** Units × periods above capacity, summed over resources and periods. */
	public static long overload(LevellingProblem p, int[] start) {
		long total = 0;
		int end = 0;
		int[] finish = new int[p.n];
		for (int i = 0; i < p.n; i++) {
			finish[i] = walkFinish(p, i, start[i]);
			end = Math.max(end, finish[i]);
		}
		for (int k = 0; k < p.resources; k++) {
			int[] used = new int[end + 1];
			for (int i = 0; i < p.n; i++) {
				int units = p.demand(i, k);
				for (int t = start[i]; units > 0 && t < finish[i]; t++) {
					if (p.works(i, t)) {
						used[t] += units;
					}
				}
			}
			for (int t = 0; t < end; t++) {
				total += Math.max(0, used[t] - p.capacity(k, t));
			}
		}
		return total;
	}

	/** Working periods of j's calendar in [from, to), negative when to is before from. */
	private static int countWork(LevellingProblem p, int j, int from, int to) {
		int sign = 1;
		if (to < from) {
			int tmp = from;
			from = to;
			to = tmp;
			sign = -1;
		}
		int count = 0;
		for (int t = from; t < to; t++) {
			if (p.works(j, t)) {
				count++;
			}
		}
		return sign * count;
	}

	private static int walkFinish(LevellingProblem p, int i, int s) {
		int left = p.duration[i];
		int t = s;
		int last = s - 1;
		while (left > 0) {
			if (p.works(i, t)) {
				left--;
				last = t;
			}
			t++;
		}
		return p.duration[i] == 0 ? s : last + 1;
	}

}

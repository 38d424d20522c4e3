package org.agilepmo.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.schedule.CriticalPath;
import org.agilepmo.engine.schedule.Network;
import org.agilepmo.engine.schedule.Schedule;

/**
 * Schedules the same random networks with MPXJ's MicrosoftScheduler and with our engine
 * in one run and prints both times and their ratio. Arguments: activity counts (default
 * 10000 100000), after {@code --engine-only} to time our engine alone. Our time is the
 * best of 15 runs; MPXJ's is one run after a warm-up on a smaller network, as it takes
 * seconds. Both are given as elapsed and as CPU time of the scheduling thread, as the
 * machine may be shared.
 */
public final class MpxjComparison {

	private MpxjComparison() {
	}

	public static void main(String[] args) {
		boolean engineOnly = args.length > 0 && args[0].equals("--engine-only");
		int first = engineOnly ? 1 : 0;
		int[] sizes = (args.length == first) ? new int[] { 10_000, 100_000 } : new int[args.length - first];
		for (int k = first; k < args.length; k++) {
			sizes[k - first] = Integer.parseInt(args[k]);
		}
		if (!engineOnly) {
			new MpxjProject(RandomProject.large(5_000, 1)).schedule(RandomProject.START);
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		System.out.printf("%11s %10s %10s %10s %10s %8s %8s  %s%n", "activities", "MPXJ ms", "MPXJ cpu", "ours ms",
				"ours cpu", "ratio", "cpu", "dates");
		for (int size : sizes) {
			RandomProject project = RandomProject.large(size, 42);
			MpxjProject mpxj = engineOnly ? null : new MpxjProject(project);
			double mpxjMillis = Double.NaN;
			double mpxjCpu = Double.NaN;
			if (mpxj != null) {
				long c0 = threads.getCurrentThreadCpuTime();
				long t0 = System.nanoTime();
				mpxj.schedule(RandomProject.START);
				mpxjMillis = (System.nanoTime() - t0) / 1e6;
				mpxjCpu = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
			}

			Network network = project.toNetwork();
			WorkCalendar calendar = project.calendars[0];
			Schedule schedule = null;
			double oursMillis = Double.MAX_VALUE;
			double oursCpu = Double.MAX_VALUE;
			for (int run = 0; run < 15; run++) {
				long c1 = threads.getCurrentThreadCpuTime();
				long t1 = System.nanoTime();
				schedule = CriticalPath.schedule(network, calendar);
				oursMillis = Math.min(oursMillis, (System.nanoTime() - t1) / 1e6);
				oursCpu = Math.min(oursCpu, (threads.getCurrentThreadCpuTime() - c1) / 1e6);
			}
			boolean sameDates = mpxj != null;
			for (int i = 0; i < size && mpxj != null; i++) {
				sameDates &= mpxj.task(i).getEarlyStart().equals(schedule.earlyStart(i))
						&& mpxj.task(i).getEarlyFinish().equals(schedule.earlyFinish(i))
						&& mpxj.task(i).getLateStart().equals(schedule.lateStart(i))
						&& mpxj.task(i).getLateFinish().equals(schedule.lateFinish(i));
			}
			System.out.printf("%11d %10.1f %10.1f %10.2f %10.2f %7.0fx %7.0fx  %s%n", size, mpxjMillis, mpxjCpu,
					oursMillis, oursCpu, mpxjMillis / oursMillis, mpxjCpu / oursCpu,
					(mpxj == null) ? "-" : sameDates ? "equal" : "DIFFER");
		}
	}

}

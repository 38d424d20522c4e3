package org.agilepmo.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.schedule.CriticalPath;
import org.agilepmo.engine.schedule.Network;
import org.agilepmo.engine.schedule.Schedule;

/**
 * Schedules the same random networks with MPXJ's MicrosoftScheduler and with our engine
 * in one run, the same way for both: each tool is warmed up on the network itself, then
 * timed over the same number of runs, the two tools taking turns (so that a change in the
 * machine's load falls on both), with a garbage collection before each run. A run repeats
 * the schedule as often as fits in about a second of CPU (by the last warm-up run), for
 * both tools, because the process CPU time is counted in 10 ms ticks. Reported for both:
 * the median, minimum and maximum of the elapsed time and of the CPU time of the whole
 * process ({@code OperatingSystemMXBean.getProcessCpuTime}: every thread, garbage
 * collection and compilation included), and the ratios of the medians.
 * <p>
 * Arguments: {@code [--engine-only] [--family=large|rich] [--warm-up=N] [--runs=N]
 * sizes...} (default {@code 10000 100000}, family {@code large}, 2 warm-up runs and 5
 * timed runs). {@code large} networks have links, lags and holidays; {@code rich} ones
 * also constraints, deadlines and a second calendar on some activities
 * ({@link RandomProject#small}).
 */
public final class MpxjComparison {

	private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private MpxjComparison() {
	}

	public static void main(String[] args) {
		boolean engineOnly = false;
		boolean rich = false;
		int warmUp = 2;
		int runs = 5;
		int[] sizes = new int[args.length];
		int count = 0;
		for (String arg : args) {
			if (arg.equals("--engine-only")) {
				engineOnly = true;
			}
			else if (arg.startsWith("--family=")) {
				rich = arg.endsWith("rich");
			}
			else if (arg.startsWith("--warm-up=")) {
				warmUp = Integer.parseInt(arg.substring(10));
			}
			else if (arg.startsWith("--runs=")) {
				runs = Integer.parseInt(arg.substring(7));
			}
			else {
				sizes[count++] = Integer.parseInt(arg);
			}
		}
		sizes = (count == 0) ? new int[] { 10_000, 100_000 } : Arrays.copyOf(sizes, count);
		System.out.printf("%s networks, %d warm-up and %d timed runs each, %d processors, load %s%n",
				rich ? "rich" : "large", warmUp, runs, Runtime.getRuntime().availableProcessors(),
				PlanImportHarness.load());
		System.out.printf("%10s | %-30s | %-30s | %-28s | %-28s | %7s %7s | %s%n", "activities",
				"MPXJ elapsed med (min-max) ms", "MPXJ process CPU med (min-max)", "ours elapsed med (min-max)",
				"ours process CPU med (min-max)", "elapsed", "CPU", "dates");
		for (int size : sizes) {
			RandomProject project = rich ? RandomProject.small(size, 42) : RandomProject.large(size, 42);
			MpxjProject mpxj = engineOnly ? null : new MpxjProject(project);
			Network network = project.toNetwork();
			WorkCalendar calendar = project.calendars[0];
			double[][] mpxjTimes = new double[2][runs];
			double[][] ourTimes = new double[2][runs];
			Schedule[] last = new Schedule[1];
			int mpxjRepeats = 1;
			int ourRepeats = 1;
			for (int run = -warmUp; run < runs; run++) {
				if (mpxj != null) {
					double[] t = timed(() -> mpxj.schedule(RandomProject.START), mpxjRepeats);
					if (run >= 0) {
						mpxjTimes[0][run] = t[0];
						mpxjTimes[1][run] = t[1];
					}
					else {
						mpxjRepeats = repeats(t[2]);
					}
				}
				double[] t = timed(() -> last[0] = CriticalPath.schedule(network, calendar), ourRepeats);
				if (run >= 0) {
					ourTimes[0][run] = t[0];
					ourTimes[1][run] = t[1];
				}
				else {
					ourRepeats = repeats(t[2]);
				}
			}
			System.out.printf("%10s   (each timed run: MPXJ %d schedule(s), ours %d, times per schedule)%n", "",
					mpxjRepeats, ourRepeats);
			Schedule schedule = last[0];
			boolean sameDates = mpxj != null;
			for (int i = 0; i < size && mpxj != null; i++) {
				sameDates &= mpxj.task(i).getEarlyStart().equals(schedule.earlyStart(i))
						&& mpxj.task(i).getEarlyFinish().equals(schedule.earlyFinish(i))
						&& mpxj.task(i).getLateStart().equals(schedule.lateStart(i))
						&& mpxj.task(i).getLateFinish().equals(schedule.lateFinish(i));
			}
			System.out.printf("%10d | %-30s | %-30s | %-28s | %-28s | %6.0fx %6.0fx | %s  (load %s)%n", size,
					summary(mpxjTimes[0], engineOnly), summary(mpxjTimes[1], engineOnly), summary(ourTimes[0], false),
					summary(ourTimes[1], false), median(mpxjTimes[0]) / median(ourTimes[0]),
					median(mpxjTimes[1]) / median(ourTimes[1]), (mpxj == null) ? "-" : sameDates ? "equal" : "DIFFER",
					PlanImportHarness.load());
		}
	}

	private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/**
	 * Elapsed time, process CPU time and scheduling thread's CPU time per schedule of one
	 * run of {@code repeats} schedules, in milliseconds, after a collection. The process
	 * CPU time is counted in ticks of 10 ms on Linux, so a run lasts about a second of
	 * CPU (see {@link #repeats}).
	 */
	private static double[] timed(Runnable run, int repeats) {
		System.gc();
		long c0 = OS.getProcessCpuTime();
		long thread0 = THREADS.getCurrentThreadCpuTime();
		long t0 = System.nanoTime();
		for (int r = 0; r < repeats; r++) {
			run.run();
		}
		long t1 = System.nanoTime();
		long c1 = OS.getProcessCpuTime();
		long thread1 = THREADS.getCurrentThreadCpuTime();
		return new double[] { (t1 - t0) / 1e6 / repeats, (c1 - c0) / 1e6 / repeats,
				(thread1 - thread0) / 1e6 / repeats };
	}

	/**
	 * Schedules per timed run so that one run takes about a second of the scheduling
	 * thread's CPU time (measured to the nanosecond, unlike the process's), the same rule
	 * for both tools.
	 */
	private static int repeats(double millisPerSchedule) {
		return (int) Math.max(1, Math.min(1000, Math.ceil(1000 / Math.max(0.01, millisPerSchedule))));
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private static String summary(double[] values, boolean none) {
		if (none) {
			return "-";
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return String.format("%,.1f (%,.1f-%,.1f)", median(values), sorted[0], sorted[sorted.length - 1]);
	}

}

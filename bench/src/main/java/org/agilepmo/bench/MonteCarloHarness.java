package org.agilepmo.bench;

import java.lang.management.ManagementFactory;

import org.agilepmo.engine.risk.MonteCarlo;
import org.agilepmo.engine.risk.Monitor;
import org.agilepmo.engine.risk.RiskAnalysis;
import org.agilepmo.engine.risk.Simulation;

/**
 * A quick timing of {@link MonteCarloBenchmark}'s simulation outside JMH: {@code args}
 * activities, iterations, threads, network ("large" or "mixed"), runs. Each run prints
 * its elapsed time and the CPU time of the whole process (every thread, garbage
 * collection and compilation included), which depends less on other work on the machine,
 * and the load average at its end.
 */
public final class MonteCarloHarness {

	private MonteCarloHarness() {
	}

	public static void main(String[] args) {
		MonteCarloBenchmark b = new MonteCarloBenchmark();
		b.activities = Integer.parseInt(args[0]);
		b.iterations = Integer.parseInt(args[1]);
		b.threads = Integer.parseInt(args[2]);
		b.network = args[3];
		int runs = Integer.parseInt(args[4]);
		b.generate();
		for (int r = 0; r < runs; r++) {
			long c0 = processCpu();
			long t0 = System.nanoTime();
			RiskAnalysis a = b.simulation();
			long t1 = System.nanoTime();
			long c1 = processCpu();
			System.out.printf("run %d: %.1f ms elapsed, %.1f ms process CPU, P50 %s, P80 %s, load %.1f%n", r,
					(t1 - t0) / 1e6, (c1 - c0) / 1e6, a.finishAt(0.5), a.finishAt(0.8), load());
		}
		long c0 = processCpu();
		long t0 = System.nanoTime();
		b.plainLoop();
		long t1 = System.nanoTime();
		long c1 = processCpu();
		System.out.printf("plain loop: %.1f ms elapsed, %.1f ms process CPU for %d iterations, load %.1f%n",
				(t1 - t0) / 1e6, (c1 - c0) / 1e6, MonteCarloBenchmark.PLAIN_ITERATIONS, load());
	}

	private static long processCpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

}

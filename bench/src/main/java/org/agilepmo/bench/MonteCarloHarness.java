package org.agilepmo.bench;

import org.agilepmo.engine.risk.MonteCarlo;
import org.agilepmo.engine.risk.Monitor;
import org.agilepmo.engine.risk.RiskAnalysis;
import org.agilepmo.engine.risk.Simulation;

/**
 * A quick timing of {@link MonteCarloBenchmark}'s simulation outside JMH: {@code args}
 * activities, iterations, threads, network ("large" or "mixed"), runs.
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
			long t0 = System.nanoTime();
			RiskAnalysis a = b.simulation();
			long t1 = System.nanoTime();
			System.out.printf("run %d: %.1f ms, P50 %s, P80 %s%n", r, (t1 - t0) / 1e6, a.finishAt(0.5),
					a.finishAt(0.8));
		}
		long t0 = System.nanoTime();
		b.plainLoop();
		long t1 = System.nanoTime();
		System.out.printf("plain loop: %.1f ms for %d iterations%n", (t1 - t0) / 1e6,
				MonteCarloBenchmark.PLAIN_ITERATIONS);
	}

}

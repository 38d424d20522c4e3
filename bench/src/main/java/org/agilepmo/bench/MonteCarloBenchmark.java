package org.agilepmo.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.risk.Distribution;
import org.agilepmo.engine.risk.Estimate;
import org.agilepmo.engine.risk.MonteCarlo;
import org.agilepmo.engine.risk.Monitor;
import org.agilepmo.engine.risk.RiskAnalysis;
import org.agilepmo.engine.risk.RiskModel;
import org.agilepmo.engine.risk.Simulation;
import org.agilepmo.engine.schedule.CriticalPath;
import org.agilepmo.engine.schedule.Schedule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A schedule risk simulation of a random network ({@link RandomProject}: about two links
 * per activity, all four link types, lags in minutes and percent, a calendar with
 * holidays; "mixed" adds a second calendar, constraints and deadlines), every task with a
 * three-point estimate (−20 %/+50 %, triangular, PERT and uniform in turn), on both
 * cores; side by side with the plain way, a loop that builds the network with the drawn
 * durations and calls {@link CriticalPath#schedule} for each iteration
 * ({@link #plainLoop}, 100 iterations per operation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = { "-Xmx4g", "-XX:+UseParallelGC" })
public class MonteCarloBenchmark {

	/** Iterations of {@link #plainLoop}. */
	public static final int PLAIN_ITERATIONS = 100;

	@Param({ "10000" })
	public int activities;

	@Param({ "10000" })
	public int iterations;

	@Param({ "large", "mixed" })
	public String network;

	@Param({ "2" })
	public int threads;

	private RandomProject project;

	private RiskModel model;

	private WorkCalendar calendar;

	private Estimate[] estimates;

	@Setup
	public void generate() {
		this.project = "mixed".equals(this.network) ? RandomProject.small(this.activities, 42)
				: RandomProject.large(this.activities, 42);
		this.calendar = this.project.calendars[0];
		this.estimates = estimates(this.project);
		RiskModel.Builder b = RiskModel.builder(this.project.toNetwork(), this.calendar);
		for (int i = 0; i < this.activities; i++) {
			if (this.estimates[i] != null) {
				b.estimate(i, this.estimates[i]);
			}
		}
		this.model = b.build();
	}

	static Estimate[] estimates(RandomProject project) {
		Estimate[] result = new Estimate[project.size];
		Distribution[] shapes = Distribution.values();
		for (int i = 0; i < project.size; i++) {
			int d = project.duration[i];
			if (d > 0) {
				result[i] = new Estimate((int) (d * 0.8), d, (int) Math.ceil(d * 1.5), shapes[i % shapes.length]);
			}
		}
		return result;
	}

	@Benchmark
	public RiskAnalysis simulation() {
		return MonteCarlo.simulate(this.model, new Simulation(this.iterations, 1, null, this.threads), Monitor.NONE);
	}

	/**
	 * The plain way for {@value #PLAIN_ITERATIONS} iterations, on one core: draw, build,
	 * schedule, read the finish and the critical flags.
	 */
	@Benchmark
	public long plainLoop() {
		SplittableRandom random = new SplittableRandom(1);
		int[] planned = this.project.duration.clone();
		long sum = 0;
		try {
			for (int it = 0; it < PLAIN_ITERATIONS; it++) {
				for (int i = 0; i < planned.length; i++) {
					Estimate e = this.estimates[i];
					this.project.duration[i] = (e != null) ? e.sample(random.nextDouble()) : planned[i];
				}
				Schedule s = CriticalPath.schedule(this.project.toNetwork(), this.calendar);
				sum += s.projectFinish().getMinute();
				for (int i = 0; i < planned.length; i++) {
					sum += s.isCritical(i) ? 1 : 0;
				}
			}
		}
		finally {
			System.arraycopy(planned, 0, this.project.duration, 0, planned.length);
		}
		return sum;
	}

}

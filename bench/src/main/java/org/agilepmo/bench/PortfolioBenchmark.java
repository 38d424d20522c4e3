package org.agilepmo.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.agilepmo.engine.portfolio.PortfolioOptimiser;
import org.agilepmo.engine.portfolio.PortfolioProblem;
import org.agilepmo.engine.portfolio.Selection;
import org.agilepmo.engine.portfolio.SolverOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One portfolio optimisation with a 2-second limit on {@link RandomPortfolio} problems of
 * 12 quarters and 20 skills. Each call either proves its selection optimal or stops at
 * the limit; the status, value, bound and gap of the last call of every iteration are
 * printed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = { "-Xmx2g", "-XX:+UseParallelGC" })
public class PortfolioBenchmark {

	@Param({ "100", "500" })
	public int candidates;

	@Param({ "1", "5" })
	public long seed;

	private PortfolioProblem problem;

	private final SolverOptions options = SolverOptions.within(Duration.ofSeconds(2));

	private Selection last;

	@Setup
	public void generate() {
		this.problem = RandomPortfolio.generate(this.candidates, 12, 20, this.seed);
	}

	@Benchmark
	public Selection optimise() {
		this.last = PortfolioOptimiser.optimise(this.problem, this.options);
		return this.last;
	}

	@TearDown(Level.Iteration)
	public void report() {
		System.out.println(String.format(Locale.ROOT,
				"%n  %d candidates, seed %d: %s, value %.0f, bound %.2f, gap %.2f %%, %d nodes", this.candidates,
				this.seed, this.last.status(), this.last.value(), this.last.bound(), 100 * this.last.gap(),
				this.last.nodes()));
	}

}

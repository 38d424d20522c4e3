package org.agilepmo.engine.risk;

import java.util.List;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.schedule.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The statistics of a run against what is known in closed form: sums on a chain, the
 * maximum of two branches, criticality, events, seeds and sampling.
 */
class SimulationTest {

	private static final double START = WorkCalendar.minuteOf(Plans.START);

	@ParameterizedTest(name = "{0}")
	@EnumSource(Distribution.class)
	void aChainFinishesAfterTheSumOfItsDurations(Distribution distribution) {
		int n = 30;
		Network chain = Plans.chain(n, 600);
		RiskModel.Builder model = RiskModel.builder(chain, Plans.CLOCK);
		Estimate estimate = new Estimate(300, 600, 1500, distribution);
		for (int i = 0; i < n; i++) {
			model.estimate(i, estimate);
		}
		RiskAnalysis result = MonteCarlo.simulate(model.build(), Simulation.of(20_000, 7), Monitor.NONE);
		Outcomes finish = result.finish();
		double mean = n * estimate.mean();
		double sd = Math.sqrt(n * estimate.variance());
		assertThat(finish.mean() - START).as("mean").isCloseTo(mean, within(sd * 0.03));
		assertThat(Math.sqrt(finish.variance())).as("standard deviation").isCloseTo(sd, within(sd * 0.03));
		// The sum of 30 is close to normal: its P90 is about mean + 1.2816 sd.
		assertThat(finish.percentile(0.9) - START).as("P90").isCloseTo(mean + 1.2816 * sd, within(sd * 0.1));
		assertThat(result.activities()).allSatisfy(a -> assertThat(a.criticality()).isEqualTo(1.0));
	}

	@Test
	void twoBranchesFinishAtTheLaterOfThem() {
		Network net = Plans.twoBranches();
		Estimate a = new Estimate(300, 600, 1200, Distribution.TRIANGULAR);
		Estimate b = new Estimate(400, 500, 1000, Distribution.UNIFORM);
		RiskModel model = RiskModel.builder(net, Plans.CLOCK).estimate(1, a).estimate(2, b).build();
		RiskAnalysis result = MonteCarlo.simulate(model, Simulation.of(40_000, 11), Monitor.NONE);
		for (double x = 450; x <= 1150; x += 100) {
			// P(max ≤ x) = F_A(x) F_B(x) for independent branches.
			double expected = triangularCdf(x, 300, 600, 1200) * Math.min(1, Math.max(0, (x - 400) / 600));
			assertThat(result.finish().probabilityAtMost(START + x)).as("P(finish ≤ %s)", x)
				.isCloseTo(expected, within(0.01));
		}
		// A is critical when it is the longer one.
		double aLonger = 0;
		int steps = 2000;
		for (int k = 0; k < steps; k++) {
			double y = 400 + 600 * (k + 0.5) / steps;
			aLonger += 1 - triangularCdf(y, 300, 600, 1200);
		}
		aLonger /= steps;
		assertThat(risk(result, "A").criticality()).isCloseTo(aLonger, within(0.02));
		assertThat(risk(result, "B").criticality()).isCloseTo(1 - aLonger, within(0.02));
		assertThat(risk(result, "A").correlation()).isPositive();
	}

	@Test
	void anAlwaysLongerBranchIsAlwaysCriticalAndTheOtherNever() {
		Network net = Plans.twoBranches();
		RiskModel model = RiskModel.builder(net, Plans.CLOCK)
			.estimate(1, new Estimate(700, 900, 1400, Distribution.PERT))
			.estimate(2, new Estimate(100, 300, 650, Distribution.TRIANGULAR))
			.build();
		RiskAnalysis result = MonteCarlo.simulate(model, Simulation.of(5_000, 3), Monitor.NONE);
		assertThat(risk(result, "A").criticality()).isEqualTo(1.0);
		assertThat(risk(result, "B").criticality()).isEqualTo(0.0);
		assertThat(risk(result, "B").correlation()).isZero();
		assertThat(result.drivers(10)).extracting(ActivityRisk::id).containsExactly("A");
		assertThat(risk(result, "A").correlation()).isGreaterThan(0.99);
	}

	@Test
	void theSameSeedGivesTheSameResultOnAnyNumberOfThreads() {
		RiskModel model = correlatedChainWithEvent();
		RiskAnalysis one = MonteCarlo.simulate(model, Simulation.of(3_000, 42).withThreads(1), Monitor.NONE);
		RiskAnalysis two = MonteCarlo.simulate(model, Simulation.of(3_000, 42).withThreads(2), Monitor.NONE);
		RiskAnalysis other = MonteCarlo.simulate(model, Simulation.of(3_000, 43).withThreads(2), Monitor.NONE);
		assertThat(two.finish().curve()).isEqualTo(one.finish().curve());
		assertThat(two.cost().curve()).isEqualTo(one.cost().curve());
		assertThat(two.finish().mean()).isEqualTo(one.finish().mean());
		assertThat(two.activities()).isEqualTo(one.activities());
		assertThat(two.events()).isEqualTo(one.events());
		assertThat(other.finish().mean()).isNotEqualTo(one.finish().mean());
	}

	@Test
	void aRiskEventHappensAsOftenAsItsProbabilityAndDelaysByItsImpact() {
		Network chain = Plans.chain(3, 600);
		RiskModel model = RiskModel.builder(chain, Plans.CLOCK)
			.cost(0, 1000, 1)
			.cost(1, 0, 2)
			.event(new RiskEvent("R1", "Supplier late", 0.3, new int[] { 1 }, Estimate.fixed(480), 5000))
			.event(new RiskEvent("R2", "Rain", 0.5, new int[] { 2 }, Estimate.fixed(60), 0))
			.build();
		RiskAnalysis result = MonteCarlo.simulate(model, Simulation.of(10_000, 5), Monitor.NONE);
		EventRisk late = result.events().get(0);
		assertThat(late.id()).isEqualTo("R1");
		assertThat(late.occurred()).isCloseTo(0.3, within(0.001));
		// R2 happens about as often with R1 as without it, so the difference is about
		// 480.
		assertThat(late.finishDelay()).isCloseTo(480, within(5.0));
		// The delay costs 2 a minute on the activity, and the event 5,000 more.
		assertThat(late.costIncrease()).isCloseTo(5000 + 2 * 480, within(1e-6));
		// Here R1's 480 minutes leak in: its share differs a little with and without R2.
		assertThat(result.events().get(1).finishDelay()).isCloseTo(60, within(25.0));
		assertThat(result.cost().mean()).isCloseTo(1000 + 600 + 1200 + 0.3 * (5000 + 960), within(20.0));
		// 35 % finish after 1,800 minutes, 35 % after 1,860.
		assertThat(result.finish().percentile(0.5) - START).isEqualTo(1860.0);
	}

	@Test
	void correlationOneMovesTwoActivitiesAsOne() {
		Network net = Plans.twoBranches();
		RiskModel model = RiskModel.builder(net, Plans.CLOCK)
			.estimate(1, new Estimate(300, 600, 1200, Distribution.TRIANGULAR))
			.estimate(2, new Estimate(300, 600, 1200, Distribution.TRIANGULAR))
			.correlate(new CorrelationGroup("same crew", new int[] { 1, 2 }, 1))
			.build();
		MonteCarlo run = MonteCarlo.prepare(model, Simulation.of(2_000, 9));
		assertThat(run.rankCorrelation(1, 2)).isEqualTo(1.0);
		RiskAnalysis result = run.run();
		// Equal draws: both branches are critical in every iteration.
		assertThat(risk(result, "A").criticality()).isEqualTo(1.0);
		assertThat(risk(result, "B").criticality()).isEqualTo(1.0);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Sampling.class)
	void imanConoverReachesTheRequestedRankCorrelation(Sampling sampling) {
		Network chain = Plans.chain(4, 600);
		RiskModel.Builder model = RiskModel.builder(chain, Plans.CLOCK);
		for (int i = 0; i < 4; i++) {
			model.estimate(i, new Estimate(300, 600 + 100 * i, 1500, Distribution.values()[i % 3]));
		}
		model.correlate(new CorrelationGroup("design", new int[] { 0, 1, 2 }, 0.6));
		MonteCarlo run = MonteCarlo.prepare(model.build(), Simulation.of(5_000, 21).withSampling(sampling));
		for (int[] pair : List.of(new int[] { 0, 1 }, new int[] { 0, 2 }, new int[] { 1, 2 })) {
			assertThat(run.rankCorrelation(pair[0], pair[1])).as("%s-%s", pair[0], pair[1])
				.isCloseTo(0.6, within(0.03));
		}
		assertThat(run.rankCorrelation(0, 3)).as("outside the group").isCloseTo(0, within(0.04));
	}

	@Test
	void latinHypercubeReducesTheVarianceOfTheMean() {
		Network chain = Plans.chain(10, 600);
		RiskModel.Builder builder = RiskModel.builder(chain, Plans.CLOCK);
		for (int i = 0; i < 10; i++) {
			builder.estimate(i, new Estimate(300, 600, 2400, Distribution.TRIANGULAR));
		}
		RiskModel model = builder.build();
		double latin = varianceOfTheMean(model, Sampling.LATIN_HYPERCUBE);
		double random = varianceOfTheMean(model, Sampling.RANDOM);
		assertThat(latin).as("variance of the mean, Latin hypercube vs %s random", random).isLessThan(random / 5);
	}

	@Test
	void aLatinHypercubeUsesEveryStratumOnce() {
		for (int n : new int[] { 2, 3, 64, 100, 1000, 4097 }) {
			Streams streams = new Streams(77, 3, n, Sampling.LATIN_HYPERCUBE);
			for (int s = 0; s < 3; s++) {
				boolean[] seen = new boolean[n];
				for (int i = 0; i < n; i++) {
					double u = streams.percentile(s, i);
					int stratum = (int) (u * n);
					assertThat(seen[stratum]).as("n %s stream %s stratum %s twice", n, s, stratum).isFalse();
					seen[stratum] = true;
				}
			}
		}
	}

	private static double varianceOfTheMean(RiskModel model, Sampling sampling) {
		int runs = 40;
		double[] means = new double[runs];
		for (int r = 0; r < runs; r++) {
			means[r] = MonteCarlo.simulate(model, new Simulation(200, 1000 + r, sampling, 1), Monitor.NONE)
				.finish()
				.mean();
		}
		return new Outcomes(means).variance();
	}

	private static RiskModel correlatedChainWithEvent() {
		Network net = Plans.twoBranches();
		return RiskModel.builder(net, Plans.CLOCK)
			.estimate(1, new Estimate(300, 600, 1200, Distribution.PERT))
			.estimate(2, new Estimate(300, 500, 1300, Distribution.TRIANGULAR))
			.correlate(new CorrelationGroup("crew", new int[] { 1, 2 }, 0.5))
			.cost(1, 100, 0.5)
			.event(new RiskEvent("R", "Strike", 0.2, new int[] { 2 }, new Estimate(60, 120, 600, Distribution.PERT),
					700))
			.build();
	}

	private static ActivityRisk risk(RiskAnalysis result, String id) {
		return result.activities().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
	}

	private static double triangularCdf(double x, double a, double m, double b) {
		if (x <= a) {
			return 0;
		}
		if (x >= b) {
			return 1;
		}
		return (x <= m) ? (x - a) * (x - a) / ((b - a) * (m - a)) : 1 - (b - x) * (b - x) / ((b - a) * (b - m));
	}

}

package org.agilepmo.engine.levelling;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On random networks with every link type, lags (leads too), three calendars, capacities
 * that change over time and started work: every scheme, rule and the genetic algorithm
 * give schedules that keep every link, never exceed a capacity and leave started work
 * where it was.
 */
class LevelledSchedulesAreFeasibleTest {

	static long[] seeds() {
		long[] seeds = new long[120];
		for (int i = 0; i < seeds.length; i++) {
			seeds[i] = 100 + i;
		}
		return seeds;
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void everyPassIsFeasible(long seed) {
		LevellingProblem problem = RandomProblems.general(seed, 10 + (int) (seed % 40));
		for (Scheme scheme : Scheme.values()) {
			for (PriorityRule rule : PriorityRule.values()) {
				LevelledSchedule pass = Leveller.priorityRule(problem, scheme, rule);
				assertThat(FeasibilityCheck.violations(problem, pass.starts())).as("%s %s", scheme, rule).isEmpty();
				assertThat(pass.overload()).isZero();
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void theGeneticAlgorithmIsFeasibleAndNoWorseThanAnyRule(long seed) {
		LevellingProblem problem = RandomProblems.general(seed, 10 + (int) (seed % 40));
		LevelledSchedule levelled = Leveller.level(problem, LevellingOptions.schedules(400, seed));

		assertThat(FeasibilityCheck.violations(problem, levelled.starts())).isEmpty();
		assertThat(levelled.overload()).isZero();
		assertThat(FeasibilityCheck.overload(problem, levelled.starts())).isZero();
		for (Scheme scheme : Scheme.values()) {
			for (PriorityRule rule : PriorityRule.values()) {
				assertThat(levelled.makespan()).as("%s %s", scheme, rule)
					.isLessThanOrEqualTo(Leveller.priorityRule(problem, scheme, rule).makespan());
			}
		}
		for (int i = 0; i < problem.activityCount(); i++) {
			if (problem.isFixed(i)) {
				assertThat(levelled.start(i)).isEqualTo(problem.fixedStart(i));
			}
		}
	}

}

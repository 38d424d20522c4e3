package org.agilepmo.engine.levelling;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class LevellingMatchesExhaustiveSearchTest {

	static long[] seeds() {
		long[] seeds = new long[150];
		for (int i = 0; i < seeds.length; i++) {
			seeds[i] = 7000 + i;
		}
		return seeds;
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void theGeneticAlgorithmFindsTheLeastMakespan(long seed) {
		LevellingProblem problem = RandomProblems.small(seed, 5 + (int) (seed % 3));
		int optimum = ExhaustiveSearch.bestMakespan(problem, 40);

		LevelledSchedule levelled = Leveller.level(problem, LevellingOptions.schedules(2000, seed));

		assertThat(FeasibilityCheck.violations(problem, levelled.starts())).isEmpty();
		assertThat(levelled.overload()).isZero();
		assertThat(levelled.makespan()).as("optimum %d", optimum).isEqualTo(optimum);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void noPriorityRuleBeatsTheOptimum(long seed) {
		LevellingProblem problem = RandomProblems.small(seed, 5 + (int) (seed % 3));
		int optimum = ExhaustiveSearch.bestMakespan(problem, 40);
		for (Scheme scheme : Scheme.values()) {
			for (PriorityRule rule : PriorityRule.values()) {
				LevelledSchedule pass = Leveller.priorityRule(problem, scheme, rule);
				assertThat(FeasibilityCheck.violations(problem, pass.starts())).as("%s %s", scheme, rule).isEmpty();
				assertThat(pass.makespan()).as("%s %s", scheme, rule).isGreaterThanOrEqualTo(optimum);
			}
		}
	}

}

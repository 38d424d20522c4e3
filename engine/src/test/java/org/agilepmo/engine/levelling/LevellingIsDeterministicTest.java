package org.agilepmo.engine.levelling;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LevellingIsDeterministicTest {

	@Test
	void theSameSeedGivesTheSameSchedule() {
		for (long seed = 1; seed <= 20; seed++) {
			LevellingProblem problem = RandomProblems.general(seed, 60);
			LevelledSchedule first = Leveller.level(problem, LevellingOptions.schedules(600, seed));
			LevelledSchedule second = Leveller.level(problem, LevellingOptions.schedules(600, seed));
			LevelledSchedule oneThread = Leveller.level(problem, LevellingOptions.schedules(600, seed), 1);
			LevelledSchedule threeThreads = Leveller.level(problem, LevellingOptions.schedules(600, seed), 3);

			assertThat(second.starts()).isEqualTo(first.starts());
			assertThat(oneThread.starts()).isEqualTo(first.starts());
			assertThat(threeThreads.starts()).isEqualTo(first.starts());
			assertThat(first.schedules()).isEqualTo(second.schedules());
		}
	}

	@Test
	void aTimeLimitThatEndsBeforeTheFirstScheduleStillGivesAFeasibleOne() {
		LevellingProblem problem = RandomProblems.general(7, 3000);
		LevelledSchedule levelled = Leveller.level(problem, LevellingOptions.time(1, 7));

		assertThat(levelled.starts()).hasSize(problem.n);
		assertThat(FeasibilityCheck.overload(problem, levelled.starts())).isEqualTo(levelled.overload());
		assertThat(FeasibilityCheck.violations(problem, levelled.starts()))
			.allSatisfy(v -> assertThat(v).startsWith("resource"));
	}

	@Test
	void islandsGiveTheSameScheduleEveryTime() {
		LevellingProblem problem = RandomProblems.general(42, 80);
		LevelledSchedule parallel = Leveller.level(problem, LevellingOptions.schedules(1000, 3).withIslands(4));
		LevelledSchedule again = Leveller.level(problem, LevellingOptions.schedules(1000, 3).withIslands(4));
		assertThat(again.starts()).isEqualTo(parallel.starts());
	}

}

package org.agilepmo.bench;

import org.agilepmo.engine.levelling.LevelledSchedule;
import org.agilepmo.engine.levelling.Leveller;
import org.agilepmo.engine.levelling.LevellingOptions;
import org.agilepmo.engine.levelling.LevellingProblem;
import org.agilepmo.engine.levelling.Psplib;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PsplibHarnessTest {

	/** Five jobs: 2 and 3 after the source, 4 after both, one resource of capacity 4. */
	private static final String INSTANCE = """
			************************************************************************
			projects                      :  1
			jobs (incl. supersource/sink ):  5
			horizon                       :  20
			RESOURCES
			  - renewable                 :  1   R
			  - nonrenewable              :  0   N
			  - doubly constrained        :  0   D
			************************************************************************
			PRECEDENCE RELATIONS:
			jobnr.    #modes  #successors   successors
			   1        1          2           2   3
			   2        1          1           4
			   3        1          1           4
			   4        1          1           5
			   5        1          0
			************************************************************************
			REQUESTS/DURATIONS:
			jobnr. mode duration  R 1
			------------------------------------------------------------------------
			  1      1     0       0
			  2      1     3       3
			  3      1     2       2
			  4      1     4       1
			  5      1     0       0
			************************************************************************
			RESOURCEAVAILABILITIES:
			  R 1
			    4
			************************************************************************
			""";

	@Test
	void readsAnInstanceAndLevelsItToItsOptimum() {
		LevellingProblem problem = Psplib.parse(INSTANCE);
		assertThat(problem.activityCount()).isEqualTo(5);
		assertThat(problem.duration(1)).isEqualTo(3);
		assertThat(problem.demand(2, 0)).isEqualTo(2);
		assertThat(problem.capacity(0, 7)).isEqualTo(4);

		LevelledSchedule levelled = Leveller.level(problem, LevellingOptions.schedules(100, 1));
		assertThat(levelled.makespan()).isEqualTo(9);
	}

	@Test
	void acceptsAFeasibleScheduleAndRejectsAnInfeasibleOne() {
		LevellingProblem problem = Psplib.parse(INSTANCE);

		assertThat(PsplibHarness.verify(problem, "job,start\n1,0\n2,0\n3,3\n4,5\n5,9\n")).isEmpty();
		assertThat(PsplibHarness.verify(problem, "job,start\n1,0\n2,0\n3,0\n4,3\n5,7\n"))
			.anyMatch(v -> v.contains("resource 0 needs 5"));
		assertThat(PsplibHarness.verify(problem, "job,start\n1,0\n2,0\n3,3\n4,4\n5,9\n"))
			.anyMatch(v -> v.contains("link 2 -> 3"));
		assertThat(PsplibHarness.verify(problem, "job,start\n1,0\n2,0\n3,3\n4,5\n"))
			.containsExactly("job 5 has no start");
	}

}

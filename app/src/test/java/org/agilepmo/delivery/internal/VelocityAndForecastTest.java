package org.agilepmo.delivery.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VelocityAndForecastTest {

	@Test
	void velocityAveragesOnlyTheLastSprintsOfTheWindow() {
		Velocity v = Velocity.of(List.of(100, 20, 30, 40), 3);
		assertThat(v.sprints()).isEqualTo(3);
		assertThat(v.average()).isEqualTo(30.0);
		assertThat(v.min()).isEqualTo(20);
		assertThat(v.max()).isEqualTo(40);
	}

	@Test
	void aSquadWithFewerSprintsThanTheWindowAveragesWhatItHas() {
		Velocity v = Velocity.of(List.of(13, 8), 5);
		assertThat(v.sprints()).isEqualTo(2);
		assertThat(v.average()).isEqualTo(10.5);
	}

	@Test
	void noClosedSprintMeansNoVelocity() {
		assertThat(Velocity.of(List.of(), 3).known()).isFalse();
	}

	@Test
	void theForecastRangeGoesFromTheBestToTheWorstSprint() {
		// 50 points left; best 25/sprint -> 2 sprints, average 20 -> 3, worst 10 -> 5
		Velocity v = Velocity.of(List.of(10, 25, 25), 3);
		ReleaseForecast f = ReleaseForecast.of(50, v, LocalDate.of(2026, 1, 5), 14);
		assertThat(f.sprintsBest()).isEqualTo(2);
		assertThat(f.sprintsLikely()).isEqualTo(3);
		assertThat(f.sprintsWorst()).isEqualTo(5);
		assertThat(f.earliest()).isEqualTo(LocalDate.of(2026, 2, 1));
		assertThat(f.likely()).isEqualTo(LocalDate.of(2026, 2, 15));
		assertThat(f.latest()).isEqualTo(LocalDate.of(2026, 3, 15));
	}

	@Test
	void aPartSprintOfWorkStillTakesAWholeSprint() {
		ReleaseForecast f = ReleaseForecast.of(21, Velocity.of(List.of(20), 3), LocalDate.of(2026, 1, 5), 10);
		assertThat(f.sprintsLikely()).isEqualTo(2);
		assertThat(f.likely()).isEqualTo(LocalDate.of(2026, 1, 24));
	}

	@Test
	void withoutVelocityThereIsNoForecastAndAZeroSprintLeavesTheLatestDateOpen() {
		assertThat(ReleaseForecast.of(8, Velocity.NONE, LocalDate.of(2026, 1, 5), 14).likely()).isNull();
		ReleaseForecast open = ReleaseForecast.of(8, Velocity.of(List.of(0, 8), 3), LocalDate.of(2026, 1, 5), 14);
		assertThat(open.earliest()).isEqualTo(LocalDate.of(2026, 1, 18));
		assertThat(open.latest()).isNull();
	}

	@Test
	void nothingLeftIsDoneAtTheStart() {
		ReleaseForecast f = ReleaseForecast.of(0, Velocity.NONE, LocalDate.of(2026, 1, 5), 14);
		assertThat(f.likely()).isEqualTo(LocalDate.of(2026, 1, 5));
	}

	@Test
	void aCommitmentAboveTheAverageVelocityIsFlaggedAndCapacityAddsUpTheMembersDays() {
		Velocity v = Velocity.of(List.of(20, 30), 3);
		SprintPlan over = SprintPlan.of(26, List.of(new BigDecimal("8"), new BigDecimal("9.5")), v);
		assertThat(over.overCommitted()).isTrue();
		assertThat(over.capacityDays()).isEqualByComparingTo("17.5");
		assertThat(SprintPlan.of(25, List.of(), v).overCommitted()).isFalse();
		assertThat(SprintPlan.of(99, List.of(), Velocity.NONE).overCommitted()).isFalse();
	}

}

package org.agilepmo.delivery.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.agilepmo.delivery.internal.CarryOver.Card;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SprintArithmeticTest {

	static final long SPRINT = 7;

	static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	static Instant at(LocalDate day, int hour) {
		return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
	}

	static ItemState state(long item, LocalDate day, int hour, Long sprint, Category category, int points) {
		return new ItemState(item, at(day, hour), sprint, category, points);
	}

	@Test
	void theBurndownFallsAsItemsAreDoneAndRisesWhenScopeIsAdded() {
		List<ItemState> log = List.of(state(1, MONDAY.minusDays(3), 9, SPRINT, Category.TODO, 5),
				state(2, MONDAY.minusDays(3), 9, SPRINT, Category.TODO, 3),
				state(1, MONDAY.plusDays(1), 10, SPRINT, Category.IN_PROGRESS, 5),
				state(1, MONDAY.plusDays(2), 15, SPRINT, Category.DONE, 5),
				state(3, MONDAY.plusDays(3), 11, SPRINT, Category.TODO, 2),
				state(9, MONDAY, 11, null, Category.DONE, 40));
		List<SprintBurn.Day> days = SprintBurn.series(log, SPRINT, MONDAY, MONDAY.plusDays(4), null,
				MONDAY.plusDays(10), ZoneOffset.UTC);
		assertThat(days).extracting(SprintBurn.Day::remaining).containsExactly(8, 8, 3, 5, 5);
		assertThat(days).extracting(SprintBurn.Day::done).containsExactly(0, 0, 5, 5, 5);
		assertThat(days).extracting(SprintBurn.Day::scope).containsExactly(8, 8, 8, 10, 10);
		assertThat(days).extracting(SprintBurn.Day::ideal).containsExactly(8.0, 6.0, 4.0, 2.0, 0.0);
	}

	@Test
	void theBurndownStopsAtTodayAndIgnoresTheCarryOverAfterClosing() {
		List<ItemState> log = List.of(state(1, MONDAY, 8, SPRINT, Category.TODO, 5),
				state(2, MONDAY, 8, SPRINT, Category.TODO, 3), state(1, MONDAY, 12, SPRINT, Category.DONE, 5),
				state(2, MONDAY.plusDays(1), 17, 8L, Category.TODO, 3));
		Instant closed = at(MONDAY.plusDays(1), 17);
		List<SprintBurn.Day> closedSprint = SprintBurn.series(log, SPRINT, MONDAY, MONDAY.plusDays(1), closed,
				MONDAY.plusDays(5), ZoneOffset.UTC);
		assertThat(closedSprint).extracting(SprintBurn.Day::remaining).containsExactly(3, 3);
		List<SprintBurn.Day> running = SprintBurn.series(log, SPRINT, MONDAY, MONDAY.plusDays(9), null, MONDAY,
				ZoneOffset.UTC);
		assertThat(running).hasSize(1);
	}

	@Test
	void closingASprintKeepsTheDoneItemsAndCarriesTheRestOver() {
		CarryOver carry = CarryOver.of(List.of(new Card(1, 5, Category.DONE), new Card(2, 3, Category.IN_PROGRESS),
				new Card(3, null, Category.TODO), new Card(4, 8, Category.DONE)));
		assertThat(carry.finished()).containsExactly(1L, 4L);
		assertThat(carry.carried()).containsExactly(2L, 3L);
		assertThat(carry.completedPoints()).isEqualTo(13);
		assertThat(carry.carriedPoints()).isEqualTo(3);
	}

	@Test
	void aColumnAtItsLimitRefusesOneMoreCard() {
		assertThat(WipLimit.admitsOneMore(3, 2)).isTrue();
		assertThat(WipLimit.admitsOneMore(3, 3)).isFalse();
		assertThat(WipLimit.admitsOneMore(null, 1000)).isTrue();
	}

	@Test
	void theCumulativeFlowCountsEachItemOnceADayInItsLatestCategory() {
		List<ItemState> log = List.of(state(1, MONDAY, 9, null, Category.TODO, 1),
				state(2, MONDAY, 9, null, Category.TODO, 1), state(1, MONDAY, 14, null, Category.IN_PROGRESS, 1),
				state(1, MONDAY.plusDays(1), 9, null, Category.DONE, 1),
				state(3, MONDAY.plusDays(2), 9, null, Category.TODO, 1));
		List<CumulativeFlow.Day> days = CumulativeFlow.series(log, MONDAY.minusDays(1), MONDAY.plusDays(2),
				ZoneOffset.UTC);
		assertThat(days).extracting(CumulativeFlow.Day::todo).containsExactly(0, 1, 1, 2);
		assertThat(days).extracting(CumulativeFlow.Day::inProgress).containsExactly(0, 1, 0, 0);
		assertThat(days).extracting(CumulativeFlow.Day::done).containsExactly(0, 0, 1, 1);
	}

	@Test
	void cycleTimeRunsFromTheFirstStartToTheLastFinish() {
		List<ItemState> log = List.of(state(1, MONDAY, 9, null, Category.TODO, 1),
				state(1, MONDAY, 12, null, Category.IN_PROGRESS, 1),
				state(1, MONDAY.plusDays(1), 12, null, Category.DONE, 1),
				state(1, MONDAY.plusDays(2), 12, null, Category.IN_PROGRESS, 1),
				state(1, MONDAY.plusDays(3), 0, null, Category.DONE, 1),
				state(2, MONDAY, 9, null, Category.IN_PROGRESS, 1), state(3, MONDAY, 9, null, Category.TODO, 1),
				state(3, MONDAY, 21, null, Category.DONE, 1));
		List<CycleTime.Cycle> cycles = CycleTime.of(log);
		assertThat(cycles).extracting(CycleTime.Cycle::itemId).containsExactly(3L, 1L);
		assertThat(cycles).extracting(CycleTime.Cycle::days).containsExactly(0.0, 2.5);
		assertThat(CycleTime.average(cycles)).isEqualTo(1.25);
		assertThat(CycleTime.percentile(cycles, 85)).isEqualTo(2.5);
	}

}

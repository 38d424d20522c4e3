package org.agilepmo.engine.levelling;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.levelling.PlanLevelling.Assignment;
import org.agilepmo.engine.levelling.PlanLevelling.Mode;
import org.agilepmo.engine.levelling.PlanLevelling.Resource;
import org.agilepmo.engine.levelling.PlanLevelling.Result;
import org.agilepmo.engine.schedule.CriticalPath;
import org.agilepmo.engine.schedule.Lag;
import org.agilepmo.engine.schedule.LinkType;
import org.agilepmo.engine.schedule.Network;
import org.agilepmo.engine.schedule.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Levelling plans on the standard calendar from Monday 5 January 2026, 08:00. */
class PlanLevellingTest {

	private static final int DAY = 480;

	private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 1, 5, 8, 0);

	private final Network.Builder builder = Network.builder(MONDAY);

	private Result level(Mode mode, List<Resource> resources, List<Assignment> assignments) {
		Network network = this.builder.build();
		Schedule schedule = CriticalPath.schedule(network, WorkCalendar.standard());
		return PlanLevelling.level(network, schedule, WorkCalendar.standard(), new PlanLevelling.Request(resources,
				assignments, mode, Set.of(), Map.of(), LevellingOptions.schedules(500, 1)));
	}

	private static List<Resource> ann() {
		return List.of(new Resource("ann", 100, null));
	}

	@Test
	void twoTasksForOnePersonGoOneAfterTheOtherAndTheFinishMoves() {
		this.builder.task("A", "Design", 3 * DAY);
		this.builder.task("B", "Review", 2 * DAY);
		Result result = level(Mode.EXTEND_FINISH, ann(),
				List.of(new Assignment("A", "ann", 100), new Assignment("B", "ann", 100)));

		assertThat(result.finishBefore()).isEqualTo(LocalDateTime.of(2026, 1, 7, 17, 0));
		assertThat(result.finishAfter()).isEqualTo(LocalDateTime.of(2026, 1, 9, 17, 0));
		assertThat(result.overloadBefore()).isPositive();
		assertThat(result.overloadAfter()).isZero();
		assertThat(result.moves()).hasSize(1);
		PlanLevelling.Move moved = result.moves().get(0);
		assertThat(moved.causedBy()).containsExactly("ann");
		assertThat(moved.delayMinutes()).isPositive();
		PlanLevelling.Usage usage = result.usage().get(0);
		for (int d = 0; d < usage.days().size(); d++) {
			assertThat(usage.after()[d]).isLessThanOrEqualTo(usage.capacity()[d]);
		}
		assertThat(usage.before()).contains(200);
	}

	@Test
	void withinFloatTheTaskWithFloatWaitsAndTheFinishStays() {
		int a = this.builder.task("A", "Design", 2 * DAY);
		int d = this.builder.task("D", "Build", 3 * DAY);
		this.builder.finishToStart(a, d);
		this.builder.task("B", "Brief", 2 * DAY);
		Result result = level(Mode.WITHIN_FLOAT, ann(),
				List.of(new Assignment("A", "ann", 100), new Assignment("B", "ann", 100)));

		assertThat(result.finishAfter()).isEqualTo(result.finishBefore());
		assertThat(result.overloadAfter()).isZero();
		assertThat(result.byId()).containsOnlyKeys("B");
		assertThat(result.byId().get("B").start()).isEqualTo(LocalDateTime.of(2026, 1, 7, 8, 0));
	}

	@Test
	void withinFloatWhatCannotFitStaysOverAllocated() {
		this.builder.task("A", "Design", 5 * DAY);
		this.builder.task("B", "Brief", 2 * DAY);
		Result result = level(Mode.WITHIN_FLOAT, ann(),
				List.of(new Assignment("A", "ann", 100), new Assignment("B", "ann", 100)));

		assertThat(result.finishAfter()).isEqualTo(result.finishBefore());
		assertThat(result.overloadAfter()).isPositive();
	}

	@Test
	void startedWorkAndDoNotLevelNeverMove() {
		int a = this.builder.task("A", "Design", 3 * DAY);
		this.builder.task("B", "Review", 2 * DAY);
		this.builder.task("C", "Print", 2 * DAY);
		this.builder.statusDate(MONDAY).started(a, MONDAY, 10);
		Network network = this.builder.build();
		Schedule schedule = CriticalPath.schedule(network, WorkCalendar.standard());
		Result result = PlanLevelling.level(network, schedule, WorkCalendar.standard(),
				new PlanLevelling.Request(ann(),
						List.of(new Assignment("A", "ann", 100), new Assignment("B", "ann", 100),
								new Assignment("C", "ann", 100)),
						Mode.EXTEND_FINISH, Set.of("C"), Map.of(), LevellingOptions.schedules(500, 1)));

		assertThat(result.byId()).containsOnlyKeys("B");
		assertThat(result.byId().get("B").start()).isEqualTo(LocalDateTime.of(2026, 1, 8, 8, 0));
	}

	@Test
	void aPartTimePersonLimitsHowMuchRunsAtOnce() {
		this.builder.task("A", "Design", 2 * DAY);
		this.builder.task("B", "Review", 2 * DAY);
		Result result = level(Mode.EXTEND_FINISH, List.of(new Resource("ann", 50, null)),
				List.of(new Assignment("A", "ann", 50), new Assignment("B", "ann", 50)));

		assertThat(result.finishAfter()).isEqualTo(LocalDateTime.of(2026, 1, 8, 17, 0));
		assertThat(result.overloadAfter()).isZero();
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 })
	void randomPlansWithEveryLinkTypeAndTwoCalendars(long seed) {
		SplittableRandom r = new SplittableRandom(seed);
		WorkCalendar fourDays = WorkCalendar.standard()
			.toBuilder("four days")
			.nonWorking(java.time.DayOfWeek.FRIDAY)
			.build();
		int n = 15 + r.nextInt(25);
		List<Resource> people = List.of(new Resource("ann", 100, null), new Resource("bob", 200, fourDays));
		List<Assignment> assignments = new java.util.ArrayList<>();
		for (int i = 0; i < n; i++) {
			int task = this.builder.task("T" + i, "Task " + i, (1 + r.nextInt(5)) * DAY / (r.nextBoolean() ? 1 : 2));
			if (r.nextInt(3) == 0) {
				this.builder.calendar(task, fourDays);
			}
			assignments.add(new Assignment("T" + i, r.nextBoolean() ? "ann" : "bob", 50 + 50 * r.nextInt(2)));
			if (i > 0 && r.nextBoolean()) {
				this.builder.link(r.nextInt(i), task, LinkType.values()[r.nextInt(4)],
						Lag.minutes((r.nextInt(3) - 1) * DAY / 2));
			}
		}
		Network network = this.builder.build();
		Schedule schedule = CriticalPath.schedule(network, WorkCalendar.standard());
		for (Mode mode : Mode.values()) {
			Result result = PlanLevelling.level(network, schedule, WorkCalendar.standard(), new PlanLevelling.Request(
					people, assignments, mode, Set.of(), Map.of(), LevellingOptions.schedules(300, seed)));
			assertThat(result.overloadAfter()).isLessThanOrEqualTo(result.overloadBefore());
			for (PlanLevelling.Move move : result.moves()) {
				assertThat(move.start()).as(move.id()).isAfterOrEqualTo(move.startBefore());
			}
			if (mode == Mode.WITHIN_FLOAT) {
				assertThat(result.finishAfter()).isEqualTo(result.finishBefore());
			}
			else {
				assertThat(result.overloadAfter()).as("no over-allocation left").isZero();
			}
		}
	}

}

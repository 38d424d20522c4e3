package org.agilepmo.engine.levelling;

import org.agilepmo.engine.schedule.LinkType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeasibilityCheckTest {

	private static LevellingProblem twoActivities(LinkType type, int lag) {
		LevellingProblem.Builder b = LevellingProblem.builder(1, 0);
		b.capacity(0, 3);
		int a = b.activity(3);
		int c = b.activity(2);
		b.demand(a, 0, 2).demand(c, 0, 2);
		b.link(a, c, type, lag);
		return b.build();
	}

	@Test
	void rejectsALinkThatDoesNotHold() {
		assertThat(FeasibilityCheck.violations(twoActivities(LinkType.FINISH_START, 1), new int[] { 0, 3 }))
			.anyMatch(v -> v.contains("FINISH_START"));
		assertThat(FeasibilityCheck.violations(twoActivities(LinkType.FINISH_START, 1), new int[] { 0, 4 })).isEmpty();
		assertThat(FeasibilityCheck.violations(twoActivities(LinkType.FINISH_FINISH, 0), new int[] { 0, 0 }))
			.anyMatch(v -> v.contains("FINISH_FINISH"));
		assertThat(FeasibilityCheck.violations(twoActivities(LinkType.START_FINISH, 4), new int[] { 0, 1 }))
			.anyMatch(v -> v.contains("START_FINISH"));
		assertThat(FeasibilityCheck.violations(twoActivities(LinkType.START_START, -1), new int[] { 1, 0 }))
			.noneMatch(v -> v.contains("START_START"));
	}

	@Test
	void rejectsAProfileOverCapacity() {
		assertThat(FeasibilityCheck.violations(twoActivities(LinkType.START_START, 0), new int[] { 0, 1 }))
			.anyMatch(v -> v.contains("resource 0 needs 4 in period 1 but has 3"));
		assertThat(FeasibilityCheck.overload(twoActivities(LinkType.START_START, 0), new int[] { 0, 1 })).isEqualTo(2);
	}

	@Test
	void aCalendarBreakStretchesTheActivityAndCountsLags() {
		LevellingProblem.Builder b = LevellingProblem.builder(1, 10);
		boolean[] works = { true, true, false, false, true, true, true, true, true, true };
		int calendar = b.calendar(works);
		b.capacity(0, 1);
		int a = b.activity(3);
		int c = b.activity(1);
		b.calendarOf(a, calendar).calendarOf(c, calendar);
		b.demand(a, 0, 1).demand(c, 0, 1);
		b.link(a, c, LinkType.FINISH_START, 1);
		LevellingProblem problem = b.build();

		assertThat(problem.finishOf(a, 0)).isEqualTo(5);
		LevelledSchedule pass = Leveller.priorityRule(problem, Scheme.SERIAL, PriorityRule.LATEST_FINISH);
		assertThat(pass.start(c)).isEqualTo(6);
		assertThat(FeasibilityCheck.violations(problem, new int[] { 0, 5 })).isNotEmpty();
		assertThat(FeasibilityCheck.violations(problem, new int[] { 2, 6 })).anyMatch(v -> v.contains("does not work"));
	}

}

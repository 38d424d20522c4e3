package org.agilepmo.engine.schedule;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

import static org.agilepmo.engine.schedule.Day.PROJECT_START;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoopsTest {

	@Test
	void aLoopIsAnErrorNamingItsActivitiesInOrder() {
		Network.Builder builder = Network.builder(PROJECT_START);
		int start = builder.task("S", "Start", 480);
		int a = builder.task("A", "Design", 480);
		int b = builder.task("B", "Build", 480);
		int c = builder.task("C", "Test", 480);
		builder.finishToStart(start, a);
		builder.finishToStart(a, b);
		builder.finishToStart(b, c);
		builder.link(c, a, LinkType.FINISH_FINISH);
		Network network = builder.build();

		assertThatThrownBy(() -> CriticalPath.schedule(network, WorkCalendar.standard()))
			.isInstanceOf(ScheduleException.class)
			.hasMessage("Dependency loop: A (Design) -> B (Build) -> C (Test) -> A (Design)")
			.extracting(ex -> ((ScheduleException) ex).loop())
			.isEqualTo(java.util.List.of("Design", "Build", "Test", "Design"));
	}

	@Test
	void anActivityLinkedToItselfIsALoop() {
		Network.Builder builder = Network.builder(PROJECT_START);
		int a = builder.task("A", "Design", 480);
		builder.finishToStart(a, a);
		Network network = builder.build();

		assertThatThrownBy(() -> CriticalPath.schedule(network, WorkCalendar.standard()))
			.hasMessage("Dependency loop: A (Design) -> A (Design)");
	}

}

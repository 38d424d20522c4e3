package org.agilepmo.engine.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkCalendarTest {

	private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
			DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

	/** Monday 5 January 2026 is the first day of these examples. */
	private final WorkCalendar standard = WorkCalendar.standard();

	private final WorkCalendar withHolidayAndSaturday = WorkCalendar.builder("Site")
		.workWeek(WEEKDAYS, WorkingTime.parse("08:00-12:00"), WorkingTime.parse("13:00-17:00"))
		.holiday(LocalDate.of(2026, 1, 7))
		.workingDay(LocalDate.of(2026, 1, 10), WorkingTime.parse("09:00-13:00"))
		.build();

	private static LocalDateTime at(int day, int hour, int minute) {
		return LocalDateTime.of(2026, 1, day, hour, minute);
	}

	@Test
	void aFullDayOfWorkStartedInTheMorningFinishesAtFivePm() {
		assertThat(this.standard.addWork(at(5, 8, 0), 480)).isEqualTo(at(5, 17, 0));
	}

	@Test
	void workThatEndsAtTheLunchBreakFinishesAtNoonNotAfterLunch() {
		assertThat(this.standard.addWork(at(5, 8, 0), 240)).isEqualTo(at(5, 12, 0));
	}

	@Test
	void workSubtractedUpToTheLunchBreakStartsAfterLunch() {
		assertThat(this.standard.subtractWork(at(5, 17, 0), 240)).isEqualTo(at(5, 13, 0));
	}

	@Test
	void workRunsOverTheWeekend() {
		assertThat(this.standard.addWork(at(9, 13, 0), 480)).isEqualTo(at(12, 12, 0));
		assertThat(this.standard.subtractWork(at(12, 12, 0), 480)).isEqualTo(at(9, 13, 0));
	}

	@Test
	void aHolidayIsSkipped() {
		assertThat(this.withHolidayAndSaturday.addWork(at(6, 8, 0), 960)).isEqualTo(at(8, 17, 0));
		assertThat(this.withHolidayAndSaturday.isWorkingDay(LocalDate.of(2026, 1, 7))).isFalse();
	}

	@Test
	void anExtraWorkingDayIsWorkedWithItsOwnHours() {
		assertThat(this.withHolidayAndSaturday.addWork(at(9, 13, 0), 480)).isEqualTo(at(10, 13, 0));
		assertThat(this.withHolidayAndSaturday.nextWorkStart(at(10, 7, 0))).isEqualTo(at(10, 9, 0));
	}

	@Test
	void workBetweenCountsOnlyWorkingMinutes() {
		assertThat(this.standard.workBetween(at(5, 8, 0), at(6, 10, 0))).isEqualTo(600);
		assertThat(this.standard.workBetween(at(9, 16, 0), at(12, 9, 0))).isEqualTo(120);
		assertThat(this.standard.workBetween(at(6, 10, 0), at(5, 8, 0))).isEqualTo(-600);
	}

	@Test
	void nextWorkStartAndPreviousWorkFinishJumpOverBreaks() {
		assertThat(this.standard.nextWorkStart(at(10, 10, 0))).isEqualTo(at(12, 8, 0));
		assertThat(this.standard.nextWorkStart(at(5, 12, 30))).isEqualTo(at(5, 13, 0));
		assertThat(this.standard.nextWorkStart(at(5, 9, 15))).isEqualTo(at(5, 9, 15));
		assertThat(this.standard.previousWorkFinish(at(5, 13, 0))).isEqualTo(at(5, 12, 0));
		assertThat(this.standard.previousWorkFinish(at(12, 8, 0))).isEqualTo(at(9, 17, 0));
	}

	@Test
	void zeroWorkLeavesTheDateAlone() {
		assertThat(this.standard.addWork(at(10, 10, 0), 0)).isEqualTo(at(10, 10, 0));
	}

	@Test
	void addingThenMeasuringWorkGivesTheSameMinutesBack() {
		Random random = new Random(7);
		for (int k = 0; k < 10_000; k++) {
			LocalDateTime from = this.withHolidayAndSaturday
				.nextWorkStart(at(1 + random.nextInt(28), random.nextInt(24), random.nextInt(60)));
			int minutes = random.nextInt(20_000);
			LocalDateTime to = this.withHolidayAndSaturday.addWork(from, minutes);
			assertThat(this.withHolidayAndSaturday.workBetween(from, to)).isEqualTo(minutes);
			assertThat(this.withHolidayAndSaturday.subtractWork(to, minutes)).isEqualTo(from);
		}
	}

	@Test
	void overlappingHoursAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkCalendar.builder("Bad")
			.workWeek(WEEKDAYS, WorkingTime.parse("08:00-12:00"), WorkingTime.parse("11:00-17:00")));
	}

	@Test
	void datesOutsideTheHorizonAreRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WorkCalendar.minuteOf(LocalDateTime.of(1969, 12, 31, 8, 0)));
	}

}

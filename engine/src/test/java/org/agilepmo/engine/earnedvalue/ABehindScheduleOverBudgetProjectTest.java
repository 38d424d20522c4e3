package org.agilepmo.engine.earnedvalue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.calendar.WorkingTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Earned value figures computed by hand (the PMI formulas, each written out in the
 * comments) for a project behind schedule and over budget, a status date in the middle of
 * an activity on the standard and on a four-day calendar, and earned schedule.
 */
class ABehindScheduleOverBudgetProjectTest {

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	@Test
	void behindScheduleAndOverBudgetGivesTheTextbookFigures() {
		// BAC 100 000, PV 50 000, EV 40 000, AC 45 000
		Measures m = EarnedValue.measure(d("100000"), d("50000"), d("40000"), d("45000"), 2);
		assertThat(m.sv()).isEqualByComparingTo("-10000.00"); // 40 000 − 50 000
		assertThat(m.cv()).isEqualByComparingTo("-5000.00"); // 40 000 − 45 000
		assertThat(m.spi()).isEqualByComparingTo("0.8000"); // 40 000 / 50 000
		assertThat(m.cpi()).isEqualByComparingTo("0.8889"); // 40 000 / 45 000 = 0.88888…
		assertThat(m.eac()).isEqualByComparingTo("112500.00"); // 100 000 / (8/9)
		// 45 000 + 60 000 / (8/9 × 0.8) = 45 000 + 60 000 / 0.71111… = 45 000 + 84 375
		assertThat(m.eacCpiSpi()).isEqualByComparingTo("129375.00");
		assertThat(m.etc()).isEqualByComparingTo("67500.00"); // 112 500 − 45 000
		assertThat(m.vac()).isEqualByComparingTo("-12500.00"); // 100 000 − 112 500
		assertThat(m.tcpi()).isEqualByComparingTo("1.0909"); // 60 000 / 55 000
		assertThat(m.spi().scale()).isEqualTo(4);
		assertThat(m.eac().scale()).isEqualTo(2);
	}

	@Test
	void indicesWithoutADivisorAreUnknownRatherThanInfinite() {
		Measures m = EarnedValue.measure(d("1000"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 2);
		assertThat(m.spi()).isNull();
		assertThat(m.cpi()).isNull();
		assertThat(m.eac()).isNull();
		assertThat(m.tcpi()).isEqualByComparingTo("1.0000"); // 1000 / 1000
	}

	@Test
	void aStatusDateMidActivitySpreadsThePlannedValueOverTheWorkingTime() {
		// Monday 2 to Friday 6 March 2026, 08:00 to 17:00: 5 days of 480 minutes = 2 400.
		// Status at the end of Wednesday 4: 3 days = 1 440 minutes, so 1 440 / 2 400 of
		// 1 000 = 600.
		BigDecimal pv = EarnedValue.plannedValue(d("1000"), WorkCalendar.standard(), LocalDateTime.of(2026, 3, 2, 8, 0),
				LocalDateTime.of(2026, 3, 6, 17, 0), LocalDate.of(2026, 3, 4));
		assertThat(pv).isEqualByComparingTo("600");
		// The Saturday after adds no working time: the whole budget is planned.
		assertThat(EarnedValue.plannedValue(d("1000"), WorkCalendar.standard(), LocalDateTime.of(2026, 3, 2, 8, 0),
				LocalDateTime.of(2026, 3, 6, 17, 0), LocalDate.of(2026, 3, 7)))
			.isEqualByComparingTo("1000");
		assertThat(EarnedValue.plannedValue(d("1000"), WorkCalendar.standard(), LocalDateTime.of(2026, 3, 2, 8, 0),
				LocalDateTime.of(2026, 3, 6, 17, 0), LocalDate.of(2026, 3, 1)))
			.isEqualByComparingTo("0");
	}

	@Test
	void aFourDayWeekPlansMoreOfTheBudgetPerDay() {
		// Monday to Thursday, 07:00 to 17:00 (600 minutes a day). Monday 2 to Thursday 12
		// March 2026 = 8 working days = 4 800 minutes. At the end of Friday 6: Monday to
		// Thursday = 2 400 minutes, so half of 900 = 450 (Friday adds nothing).
		WorkCalendar fourDays = WorkCalendar.builder("four days")
			.workWeek(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
					WorkingTime.parse("07:00-17:00"))
			.nonWorking(DayOfWeek.FRIDAY)
			.nonWorking(DayOfWeek.SATURDAY)
			.nonWorking(DayOfWeek.SUNDAY)
			.build();
		BigDecimal pv = EarnedValue.plannedValue(d("900"), fourDays, LocalDateTime.of(2026, 3, 2, 7, 0),
				LocalDateTime.of(2026, 3, 12, 17, 0), LocalDate.of(2026, 3, 6));
		assertThat(pv).isEqualByComparingTo("450");
	}

	@Test
	void earnedValueIsTheBudgetTimesThePercentComplete() {
		assertThat(EarnedValue.earnedValue(d("1234.56"), 25)).isEqualByComparingTo("308.64");
	}

	@Test
	void earnedScheduleInterpolatesInTheFirstPeriodNotYetEarned() {
		// Cumulative PV by month 10, 30, 60, 90, 100; EV 45 at the end of month 4.
		// C = 2 (10 and 30 are reached, 60 is not); ES = 2 + (45 − 30) / (60 − 30) = 2.5;
		// SPI(t) = 2.5 / 4 = 0.625, while SPI = 45 / 90 = 0.5.
		BigDecimal[] pv = { d("10"), d("30"), d("60"), d("90"), d("100") };
		BigDecimal es = EarnedSchedule.earnedSchedule(pv, d("45"));
		assertThat(es).isEqualByComparingTo("2.5");
		assertThat(EarnedSchedule.spiTime(es, d("4"))).isEqualByComparingTo("0.6250");
		assertThat(EarnedSchedule.earnedSchedule(pv, d("100"))).isEqualByComparingTo("5");
		assertThat(EarnedSchedule.earnedSchedule(pv, d("5"))).isEqualByComparingTo("0.5");
	}

}

package org.agilepmo.engine.earnedvalue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Earned schedule against a published example: Satya Narayan Dash, "Earned Schedule
 * Management (ESM)", MPUG (https://www.mpug.com/earned-schedule-management-esm/). A
 * software project of 10 modules at US$100,000 each is planned over 10 months (BAC US$1M)
 * and finishes after 12 months at a cost of US$1.3M. The article's point: at completion
 * the cost-based indicators say the schedule was kept (schedule variance US$0.0M, SPI
 * 1.0) although the project is two months late and US$0.3M over; earned schedule tells
 * the two months.
 */
class ALateFinishingProjectTest {

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	/** One module a month: cumulative PV 100,000 at the end of month 1 … 1,000,000. */
	private static BigDecimal[] plan() {
		BigDecimal[] pv = new BigDecimal[10];
		for (int month = 1; month <= 10; month++) {
			pv[month - 1] = d("100000").multiply(BigDecimal.valueOf(month));
		}
		return pv;
	}

	@Test
	void atCompletionSpiIsOneWhileEarnedScheduleShowsTwoMonthsLate() {
		Measures m = EarnedValue.measure(d("1000000"), d("1000000"), d("1000000"), d("1300000"), 2);
		assertThat(m.sv()).isEqualByComparingTo("0"); // the article's US$0.0M
		assertThat(m.spi()).isEqualByComparingTo("1.0"); // the article's 1.0
		assertThat(m.cv()).isEqualByComparingTo("-300000.00"); // the article's US$0.3M
																// overrun

		// Every month's PV is earned: C = 10, ES = 10 months; AT = 12 months.
		BigDecimal es = EarnedSchedule.earnedSchedule(plan(), d("1000000"));
		assertThat(es).isEqualByComparingTo("10");
		assertThat(es.subtract(d("12"))).isEqualByComparingTo("-2"); // SV(t): two months
																		// late
		assertThat(EarnedSchedule.spiTime(es, d("12"))).isEqualByComparingTo("0.8333"); // 10
																						// /
																						// 12
	}

	@Test
	void halfwayTheEarnedScheduleInterpolatesWithinTheMonthNotYetEarned() {
		// The same plan in month 6 with 5.5 modules done (EV 550,000): C = 5 (500,000
		// reached, 600,000 not); ES = 5 + (550,000 − 500,000) / (600,000 − 500,000) = 5.5
		// months; SPI(t) = 5.5 / 6 = 0.9167, while SPI = 550,000 / 600,000 = 0.9167.
		BigDecimal es = EarnedSchedule.earnedSchedule(plan(), d("550000"));
		assertThat(es).isEqualByComparingTo("5.5");
		assertThat(EarnedSchedule.spiTime(es, d("6"))).isEqualByComparingTo("0.9167");
	}

}

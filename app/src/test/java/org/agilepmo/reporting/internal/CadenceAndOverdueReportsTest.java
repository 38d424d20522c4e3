package org.agilepmo.reporting.internal;

import java.time.LocalDate;

import org.agilepmo.portfolio.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reporting periods end on Fridays (weekly), every second Friday (fortnightly) or on the
 * month's last day; a report is due three days after its period, and the latest ended
 * period's report is overdue once that day has passed without a submitted report.
 */
class CadenceAndOverdueReportsTest {

	@Test
	void periodsEndOnFridaysEverySecondFridayOrOnTheMonthsLastDay() {
		LocalDate wednesday = LocalDate.of(2026, 12, 9);
		assertThat(Cadence.WEEKLY.periodEnd(wednesday)).isEqualTo(LocalDate.of(2026, 12, 11));
		assertThat(Cadence.WEEKLY.periodStart(LocalDate.of(2026, 12, 11))).isEqualTo(LocalDate.of(2026, 12, 5));
		assertThat(Cadence.FORTNIGHTLY.periodEnd(LocalDate.of(2026, 1, 2))).isEqualTo(LocalDate.of(2026, 1, 2));
		assertThat(Cadence.FORTNIGHTLY.periodEnd(LocalDate.of(2026, 1, 3))).isEqualTo(LocalDate.of(2026, 1, 16));
		assertThat(Cadence.FORTNIGHTLY.periodEnd(wednesday)).isEqualTo(LocalDate.of(2026, 12, 18));
		assertThat(Cadence.FORTNIGHTLY.previousEnd(LocalDate.of(2026, 12, 18))).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(Cadence.MONTHLY.periodEnd(wednesday)).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(Cadence.MONTHLY.periodStart(LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2026, 2, 1));
		assertThat(Cadence.MONTHLY.previousEnd(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(Cadence.MONTHLY.dueOn(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 12, 3));
	}

	@Test
	void theLastEndedPeriodsReportIsOverdueOnlyAfterItsDueDayWithoutASubmission() {
		assertThat(ReportingDuty.overduePeriod(Cadence.MONTHLY, LocalDate.of(2026, 12, 3), end -> false))
			.as("due today: not overdue yet")
			.isEmpty();
		assertThat(ReportingDuty.overduePeriod(Cadence.MONTHLY, LocalDate.of(2026, 12, 4), end -> false))
			.contains(LocalDate.of(2026, 11, 30));
		assertThat(ReportingDuty.overduePeriod(Cadence.MONTHLY, LocalDate.of(2026, 12, 4),
				end -> end.equals(LocalDate.of(2026, 11, 30))))
			.as("submitted")
			.isEmpty();
		assertThat(ReportingDuty.overduePeriod(Cadence.WEEKLY, LocalDate.of(2026, 12, 9), end -> false))
			.as("Friday 4 December was due on Monday 7")
			.contains(LocalDate.of(2026, 12, 4));
	}

	@Test
	void onlyProjectsUnderWayOweReports() {
		assertThat(Stage.values()).filteredOn(ReportingDuty::owesReports)
			.containsExactly(Stage.PLANNING, Stage.EXECUTION, Stage.GO_LIVE);
	}

}

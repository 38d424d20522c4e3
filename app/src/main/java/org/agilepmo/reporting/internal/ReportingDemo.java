package org.agilepmo.reporting.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.DemoContribution;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo reports: the citizen portal's report of the last month, published after the PMO's
 * review; the data centre's report of the month before, published, and none yet for the
 * last month, so that it is overdue; and the data centre measured against its portfolio's
 * thresholds, which raises its deviations (its finish slips against the baseline).
 */
@Component
@Order(70)
@ConditionalOnBooleanProperty("pmo.demo.enabled")
class ReportingDemo implements DemoContribution {

	private final StatusReportService reports;

	private final DeviationService deviations;

	private final ReportingAccess access;

	private final ReportingClock clock;

	ReportingDemo(StatusReportService reports, DeviationService deviations, ReportingAccess access,
			ReportingClock clock) {
		this.reports = reports;
		this.deviations = deviations;
		this.access = access;
		this.clock = clock;
	}

	@Override
	public void write() {
		Actor admin = CurrentActor.require();
		Map<String, ProjectOverview> byCode = new HashMap<>();
		this.access.visibleProjects(admin).values().forEach(p -> byCode.put(p.code(), p));
		ProjectOverview portal = byCode.get("DIGI-PORTAL");
		ProjectOverview dc = byCode.get("INFRA-DC");
		if (portal == null || dc == null) {
			return;
		}
		LocalDate lastEnded = ReportingDuty.lastEndedPeriod(Cadence.MONTHLY, this.clock.today());
		published(admin, portal.id(), lastEnded,
				new StatusReport.Assessment(Health.GREEN, null, Health.GREEN, null, Health.GREEN, null, Health.GREEN,
						null, Health.AMBER, "Payment provider outage during launch still open", Health.GREEN, null,
						"Online appointment booking released to the public; accessibility audit started",
						"Payment integration and the second accessibility audit", "Agree the fallback payment provider",
						null),
				"Clear report. Keep the payment fallback decision on the steering committee's agenda.");
		published(admin, dc.id(), Cadence.MONTHLY.previousEnd(lastEnded),
				new StatusReport.Assessment(Health.AMBER, "Servers delivered three weeks late", Health.GREEN, null,
						Health.AMBER, "Accreditation and migration wave 1 started late", Health.GREEN, null,
						Health.AMBER, "Cooling of the old server room", Health.GREEN, null,
						"Racks installed; network core configured", "Accreditation; migration wave 1",
						"Approve weekend migration windows", "Supplier penalty clause to be invoked"),
				"Please show the recovery plan for wave 1 in the next report.");
		this.deviations.check(dc.id());
	}

	private void published(Actor admin, long projectId, LocalDate periodEnd, StatusReport.Assessment assessment,
			String comment) {
		StatusReport report = this.reports.create(admin, projectId, periodEnd);
		report = this.reports.edit(admin, report.id(), report.version(),
				current -> new ReportDraft(assessment, current.figures()));
		report = this.reports.submit(admin, report.id(), report.version());
		report = this.reports.review(admin, report.id(), report.version(), comment);
		this.reports.publish(admin, report.id(), report.version());
	}

}

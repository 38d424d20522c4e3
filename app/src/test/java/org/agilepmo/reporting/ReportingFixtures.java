package org.agilepmo.reporting;

import java.time.LocalDate;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.reporting.internal.DeviationService;
import org.agilepmo.reporting.internal.DeviationWatch;
import org.agilepmo.reporting.internal.StatusReportService;

import org.springframework.boot.test.context.TestComponent;

/**
 * The reporting module's public test support: status reports and deviations made through
 * the module's services, answered as ids and versions.
 */
@TestComponent
public class ReportingFixtures {

	private final StatusReportService reports;

	private final DeviationService deviations;

	private final DeviationWatch watch;

	private final IdentityFixtures people;

	private final org.agilepmo.reporting.internal.SettingsService settings;

	private final org.agilepmo.reporting.internal.DistributionService distribution;

	ReportingFixtures(StatusReportService reports, DeviationService deviations, DeviationWatch watch,
			IdentityFixtures people, org.agilepmo.reporting.internal.SettingsService settings,
			org.agilepmo.reporting.internal.DistributionService distribution) {
		this.distribution = distribution;
		this.settings = settings;
		this.reports = reports;
		this.deviations = deviations;
		this.watch = watch;
		this.people = people;
	}

	/** A draft report of the project's next missing period; answers its id. */
	public long draft(PersonSummary writer, long projectId) {
		return this.people.actingAs(writer,
				() -> this.reports.create(IdentityFixtures.actor(writer), projectId, null).id());
	}

	/** A draft report of the period ending on that day; answers its id. */
	public long draft(PersonSummary writer, long projectId, LocalDate periodEnd) {
		return this.people.actingAs(writer,
				() -> this.reports.create(IdentityFixtures.actor(writer), projectId, periodEnd).id());
	}

	/** A draft report of the period whose health is green throughout; answers its id. */
	public long greenDraft(PersonSummary writer, long projectId, LocalDate periodEnd) {
		return this.people.actingAs(writer, () -> {
			var actor = IdentityFixtures.actor(writer);
			var report = this.reports.create(actor, projectId, periodEnd);
			var green = org.agilepmo.portfolio.Health.GREEN;
			return this.reports
				.edit(actor, report.id(), report.version(), current -> new org.agilepmo.reporting.internal.ReportDraft(
						new org.agilepmo.reporting.internal.StatusReport.Assessment(green, null, green, null, green,
								null, green, null, green, null, green, null, "Fixture", null, null, null),
						current.figures()))
				.id();
		});
	}

	/** The version a change of the portfolio's reporting settings is based on. */
	public long settingsVersion(PersonSummary reader, long portfolioId) {
		return this.people.actingAs(reader, () -> this.settings.of(IdentityFixtures.actor(reader), portfolioId).etag());
	}

	/** Submits the draft; answers the report's new version. */
	public long submit(PersonSummary writer, long reportId) {
		return this.people.actingAs(writer,
				() -> this.reports.submit(IdentityFixtures.actor(writer), reportId, version(writer, reportId))
					.version());
	}

	/** The PMO reviews the submitted report; answers its new version. */
	public long review(PersonSummary pmo, long reportId) {
		return this.people.actingAs(pmo,
				() -> this.reports
					.review(IdentityFixtures.actor(pmo), reportId, version(pmo, reportId), "Fixture review")
					.version());
	}

	/** The PMO publishes the reviewed report; answers its new version. */
	public long publish(PersonSummary pmo, long reportId) {
		return this.people.actingAs(pmo,
				() -> this.reports.publish(IdentityFixtures.actor(pmo), reportId, version(pmo, reportId)).version());
	}

	/** A report published by the PMO (green throughout); answers its id. */
	public long published(PersonSummary pmo, long projectId, LocalDate periodEnd) {
		long id = greenDraft(pmo, projectId, periodEnd);
		submit(pmo, id);
		review(pmo, id);
		publish(pmo, id);
		return id;
	}

	/**
	 * The version a change of a portfolio's ({@code portfolio} true) or a project's
	 * distribution list is based on.
	 */
	public long distributionVersion(PersonSummary pmo, boolean portfolio, long id) {
		return this.people.actingAs(pmo,
				() -> this.distribution.of(IdentityFixtures.actor(pmo), scope(portfolio, id)).etag());
	}

	/** Lists an external address on the distribution list; answers the recipient's id. */
	public long listedAddress(PersonSummary pmo, boolean portfolio, long id) {
		return this.people.actingAs(pmo, () -> {
			var list = this.distribution.addExternal(IdentityFixtures.actor(pmo), scope(portfolio, id),
					distributionVersion(pmo, portfolio, id),
					"listed-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org", null, "fr");
			var recipients = list.recipients();
			return recipients.get(recipients.size() - 1).id();
		});
	}

	private static org.agilepmo.reporting.internal.DistributionList.Scope scope(boolean portfolio, long id) {
		return portfolio ? org.agilepmo.reporting.internal.DistributionList.Scope.ofPortfolio(id)
				: org.agilepmo.reporting.internal.DistributionList.Scope.ofProject(id);
	}

	public long version(PersonSummary reader, long reportId) {
		return this.people.actingAs(reader, () -> this.reports.get(IdentityFixtures.actor(reader), reportId).version());
	}

	/**
	 * Measures the project now, as the platform does; answers the id of its open
	 * deviation of that kind (FINISH_SLIP, COST_INDEX...), or {@code null}.
	 */
	public Long openDeviation(PersonSummary reader, long projectId, String kind) {
		this.deviations.check(projectId);
		return this.people.actingAs(reader,
				() -> this.deviations.ofProject(IdentityFixtures.actor(reader), projectId)
					.stream()
					.filter(d -> d.status() != org.agilepmo.reporting.internal.Deviation.Status.CLOSED
							&& d.kind().name().equals(kind))
					.map(d -> d.id())
					.findFirst()
					.orElse(null));
	}

	public long deviationVersion(PersonSummary reader, long deviationId) {
		return this.people.actingAs(reader,
				() -> this.deviations.get(IdentityFixtures.actor(reader), deviationId).version());
	}

	/** A remediation action on the deviation; answers its id. */
	public long action(PersonSummary planner, long deviationId, long ownerId, LocalDate due) {
		return this.people.actingAs(planner,
				() -> this.deviations
					.addAction(IdentityFixtures.actor(planner), deviationId, deviationVersion(planner, deviationId),
							"Fixture remediation", ownerId, due)
					.id());
	}

	public long actionVersion(PersonSummary reader, long actionId) {
		return this.people.actingAs(reader,
				() -> this.deviations.action(IdentityFixtures.actor(reader), actionId).version());
	}

	/**
	 * Checks the projects changed since the last round, as the platform's schedule does.
	 */
	public int recheckChanged() {
		return this.watch.recheckChanged();
	}

}

package org.agilepmo.reporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;

import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.delivery.DeliveryFixtures;
import org.agilepmo.delivery.DeliveryScene;
import org.agilepmo.delivery.ProjectPace;
import org.agilepmo.finance.CostLedger;
import org.agilepmo.finance.FinanceFixtures;
import org.agilepmo.finance.FinanceSummaries;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.planning.PlanningFixtures;
import org.agilepmo.planning.ScheduleStatus;
import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.reporting.ProjectReports;
import org.agilepmo.resources.ResourcesFixtures;
import org.agilepmo.resources.StaffingGaps;
import org.agilepmo.risk.ProjectRisks;
import org.agilepmo.risk.RiskFixtures;
import org.agilepmo.risk.RiskHighlight;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.shared.StaleVersionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reporting module with the modules it reads: a report's figures are those planning,
 * finance, risk, delivery and resources publish; a submitted report keeps them when the
 * plan moves; the workflow from draft to published with its rules, audit and access; a
 * slip raises a deviation that a remediation plan follows to closure.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles("test")
@Import({ IdentityFixtures.class, PortfolioFixtures.class, PlanningFixtures.class, FinanceFixtures.class,
		RiskFixtures.class, DeliveryFixtures.class, ResourcesFixtures.class })
class ReportingModuleTest {

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	PlanningFixtures planning;

	@Autowired
	FinanceFixtures finance;

	@Autowired
	RiskFixtures risks;

	@Autowired
	DeliveryFixtures delivery;

	@Autowired
	ResourcesFixtures resources;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	StatusReportService reports;

	@Autowired
	DeviationService deviations;

	@Autowired
	ProjectReports published;

	@Autowired
	ScheduleStatus schedule;

	@Autowired
	FinanceSummaries financeSummaries;

	@Autowired
	ProjectRisks projectRisks;

	@Autowired
	ProjectPace pace;

	@Autowired
	StaffingGaps staffing;

	@Autowired
	CostLedger ledger;

	@Autowired
	AuditTrail audit;

	@Autowired
	ReportingClock clock;

	PortfolioScene scene;

	PersonSummary pmo;

	PersonSummary pm;

	long portfolioId;

	long projectId;

	long taskA;

	long taskB;

	@BeforeEach
	void aProjectWithAPlanABaselineAndABudget() {
		this.scene = this.portfolios.scene();
		this.pmo = this.scene.officer();
		this.pm = this.scene.person("pm", ScreeningLevel.BASIC);
		this.portfolioId = this.scene.portfolio().id();
		this.projectId = this.scene
			.project(this.portfolioId, Classification.RESTRICTED, d -> PortfolioScene.withManager(d, this.pm.id()))
			.id();
		long build = this.planning.summary(this.pm, this.projectId, "Build");
		this.taskA = this.planning.task(this.pm, this.projectId, "A", 2400, build);
		this.taskB = this.planning.task(this.pm, this.projectId, "B", 2400, build);
		long milestone = this.planning.task(this.pm, this.projectId, "Go-live", 0);
		this.planning.finishToStart(this.pm, this.projectId, this.taskA, this.taskB);
		this.planning.finishToStart(this.pm, this.projectId, this.taskB, milestone);
		this.planning.startOn(this.pm, this.projectId, LocalDateTime.of(2026, 3, 2, 8, 0));
		this.planning.baseline(this.pm, this.projectId, "Original");
	}

	private Actor actor(PersonSummary person) {
		return IdentityFixtures.actor(person);
	}

	private <T> T as(PersonSummary person, Callable<T> work) {
		return this.identity.actingAs(person, work);
	}

	private StatusReport draft() {
		return as(this.pm, () -> this.reports.create(actor(this.pm), this.projectId, null));
	}

	@Test
	void aNewReportsFiguresAreTheOnesEachModulePublishes() {
		this.finance.draft(this.pm, this.projectId);
		this.finance.budgetedCost(this.pm, this.projectId, this.taskA, "1000");
		this.finance.budgetedCost(this.pm, this.projectId, this.taskB, "2000");
		this.planning.progress(this.pm, this.projectId, this.taskA, 100);
		this.planning.progress(this.pm, this.projectId, this.taskB, 20);
		as(this.pm,
				() -> this.ledger.record(actor(this.pm), this.projectId,
						new CostLedger.CostEntry(CostLedger.Kind.ACTUAL, "L1", this.taskA, LocalDate.of(2026, 3, 6),
								new BigDecimal("1100.00"), "EUR", "INV-7", "Invoice", "entered")));
		this.risks.risk(this.pm, this.projectId, "Supplier late");
		this.risks.action(this.pm, this.projectId, this.pm.id(), this.clock.today().minusDays(2));
		DeliveryScene squads = new DeliveryScene(this.identity, this.organisation);
		this.delivery.projectStory(squads.administrator(), squads.squadId(), this.projectId, "Border check story");
		this.delivery.activeSprint(squads.administrator(), squads.squadId(), "Sprint 1");
		long centre = this.resources.centre("Data centre", this.resources.admin());
		long skill = this.resources.skill("Data engineering");
		this.resources.request(this.pm, this.projectId, null, centre, skill, 3, null, ScreeningLevel.BASIC,
				LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));

		StatusReport report = draft();
		Figures f = this.reports.figures(report);
		Actor pm = actor(this.pm);

		ScheduleStatus.Status plan = as(this.pm, () -> this.schedule.status(this.projectId, pm)).orElseThrow();
		assertThat(f.baselineName()).isEqualTo("Original").isEqualTo(plan.baselineName());
		assertThat(f.finishSlipDays()).isEqualTo(plan.finishSlipDays()).isZero();
		assertThat(f.finish()).isEqualTo(plan.finish());
		assertThat(f.milestones()).extracting(Figures.MilestoneLine::name)
			.containsExactlyElementsOf(plan.milestones().stream().map(ScheduleStatus.Milestone::name).toList());
		assertThat(f.milestonesDue()).as("Go-live falls in March, before the period's end, and is not reached")
			.isEqualTo(1);

		var money = as(this.pm, () -> this.financeSummaries.summary(this.projectId, pm, f.statusDate())).orElseThrow();
		assertThat(f.statusDate()).isEqualTo(report.periodEnd());
		assertThat(f.cpi()).isNotNull().isEqualByComparingTo(money.cpi());
		assertThat(f.spi()).isNotNull().isEqualByComparingTo(money.spi());
		assertThat(f.budget()).isEqualByComparingTo(money.budget());
		assertThat(f.spent()).isEqualByComparingTo(money.spent());

		List<RiskHighlight> top = as(this.pm,
				() -> this.projectRisks.topOpenRisks(this.projectId, pm, FigureCollector.TOP_RISKS));
		assertThat(f.topRisks()).extracting(Figures.RiskLine::code)
			.containsExactlyElementsOf(top.stream().map(RiskHighlight::code).toList());
		assertThat(f.openRisks()).isEqualTo(as(this.pm, () -> this.projectRisks.openRisks(this.projectId, pm)))
			.isEqualTo(2);
		assertThat(f.overdueActions())
			.isEqualTo(as(this.pm, () -> this.projectRisks.overdueActions(this.projectId, pm)))
			.isEqualTo(1);

		var squadsOfProject = as(this.pm, () -> this.pace.squadsOf(this.projectId, pm));
		assertThat(f.squads()).extracting(Figures.SquadLine::activeSprint)
			.containsExactlyElementsOf(squadsOfProject.stream().map(ProjectPace.SquadPace::activeSprint).toList())
			.containsExactly("Sprint 1");
		assertThat(f.staffingGaps()).isEqualTo(as(this.pm, () -> this.staffing.openRequests(this.projectId, pm)).size())
			.isEqualTo(1);
		assertThat(report.risk()).as("a high risk without response suggests red").isEqualTo(Health.RED);
		assertThat(report.schedule()).as("SPI below the threshold suggests red").isEqualTo(Health.RED);
	}

	@Test
	void aSubmittedReportKeepsItsFiguresWhenThePlanChangesLater() {
		StatusReport report = draft();
		String figures = report.figuresJson();
		as(this.pm, () -> this.reports.submit(actor(this.pm), report.id(), report.version()));

		this.planning.startOn(this.pm, this.projectId, LocalDateTime.of(2026, 3, 23, 8, 0));

		StatusReport kept = as(this.pm, () -> this.reports.get(actor(this.pm), report.id()));
		assertThat(kept.figuresJson()).isEqualTo(figures);
		assertThat(this.reports.figures(kept).finishSlipDays()).isZero();
		assertThat(kept.status()).isEqualTo(ReportStatus.SUBMITTED);
		var now = as(this.pm, () -> this.schedule.status(this.projectId, actor(this.pm))).orElseThrow();
		assertThat(now.finishSlipDays()).as("the plan moved three weeks").isEqualTo(21);
		assertThatThrownBy(() -> as(this.pm, () -> this.reports.refresh(actor(this.pm), report.id(), kept.version())))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("status"));
		StatusReport next = as(this.pm, () -> this.reports.create(actor(this.pm), this.projectId,
				Cadence.MONTHLY.periodEnd(report.periodEnd().plusDays(1))));
		assertThat(this.reports.figures(next).finishSlipDays()).isEqualTo(21);
		assertThat(as(this.pm, () -> this.reports.previous(actor(this.pm), next))).map(StatusReport::id)
			.contains(report.id());
	}

	@Test
	void aReportGoesFromDraftToPublishedThroughThePmoAndEveryStepIsAudited() {
		StatusReport report = draft();
		PersonSummary stranger = this.scene.person("stranger", ScreeningLevel.ENHANCED);
		assertThatThrownBy(() -> as(stranger, () -> this.reports.get(actor(stranger), report.id())))
			.isInstanceOf(NotFoundException.class);
		PersonSummary viewer = this.scene.person("viewer", ScreeningLevel.BASIC);
		this.scene.giveProjectRole(this.projectId, viewer, ProjectRole.VIEWER);
		assertThatThrownBy(() -> as(viewer, () -> this.reports.submit(actor(viewer), report.id(), report.version())))
			.isInstanceOf(AccessDeniedException.class);

		StatusReport amber = as(this.pm, () -> this.reports.edit(actor(this.pm), report.id(), report.version(),
				current -> new ReportDraft(new StatusReport.Assessment(Health.AMBER, "Supplier late", Health.GREEN,
						null, Health.AMBER, null, Health.GREEN, null, Health.GREEN, null, Health.GREEN, null,
						"Design signed off", "Build the border check", null, null), current.figures())));
		assertThatThrownBy(() -> as(this.pm, () -> this.reports.submit(actor(this.pm), amber.id(), amber.version())))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.field()).isEqualTo("scheduleReason"));
		assertThatThrownBy(() -> as(this.pm,
				() -> this.reports.edit(actor(this.pm), amber.id(), amber.version() - 1,
						Change.to(new ReportDraft(amber.assessment(), this.reports.figures(amber).correction())))))
			.isInstanceOf(StaleVersionException.class);
		StatusReport edited = as(this.pm,
				() -> this.reports.edit(actor(this.pm), amber.id(), amber.version(), current -> new ReportDraft(
						new StatusReport.Assessment(Health.AMBER, "Supplier late", Health.GREEN, null, Health.AMBER,
								"Two weeks behind", Health.GREEN, null, Health.GREEN, null, Health.GREEN, null,
								"Design signed off", "Build the border check", null, null),
						new Figures.Correction(3, 1, 1, new BigDecimal("0.97"), null, 0, 21.5, "Demo the check", 0))));
		assertThat(this.reports.figures(edited).finishSlipDays()).as("corrected by the manager").isEqualTo(3);
		StatusReport submitted = as(this.pm, () -> this.reports.submit(actor(this.pm), edited.id(), edited.version()));
		assertThatThrownBy(
				() -> as(this.pm, () -> this.reports.review(actor(this.pm), submitted.id(), submitted.version(), "ok")))
			.isInstanceOf(AccessDeniedException.class);
		StatusReport reviewed = as(this.pmo,
				() -> this.reports.review(actor(this.pmo), submitted.id(), submitted.version(), "Say when."));
		StatusReport published = as(this.pmo,
				() -> this.reports.publish(actor(this.pmo), reviewed.id(), reviewed.version()));
		assertThat(published.status()).isEqualTo(ReportStatus.PUBLISHED);
		assertThat(published.reviewComment()).isEqualTo("Say when.");

		assertThat(as(this.pm, () -> this.published.latestHealth(this.projectId, actor(this.pm))))
			.hasValueSatisfying(h -> {
				assertThat(h.reportId()).isEqualTo(report.id());
				assertThat(h.overall()).isEqualTo(Health.AMBER);
				assertThat(h.status()).isEqualTo("PUBLISHED");
			});
		assertThat(this.published.latestHealth(this.projectId, actor(stranger))).isEmpty();
		List<String> actions = this.audit
			.browse(ScreeningLevel.ENHANCED,
					new AuditQuery(StatusReportService.ENTITY, String.valueOf(report.id()), null, 0, 50))
			.stream()
			.map(e -> e.action())
			.toList();
		assertThat(actions).contains("status-report.created", "status-report.updated", "status-report.submitted",
				"status-report.reviewed", "status-report.published");
	}

	@Test
	void aSlipBeyondTheThresholdRaisesADeviationThatItsRemediationPlanCloses() {
		assertThat(this.deviations.check(this.projectId)).as("on the baseline").isEmpty();
		this.planning.startOn(this.pm, this.projectId, LocalDateTime.of(2026, 3, 30, 8, 0));

		List<Deviation> raised = this.deviations.check(this.projectId);
		assertThat(raised).extracting(Deviation::kind).containsExactly(DeviationKind.FINISH_SLIP);
		Deviation deviation = raised.get(0);
		assertThat(deviation.detail()).isEqualTo("28 > 10");
		assertThat(this.deviations.check(this.projectId)).as("raised once while open").isEmpty();
		assertThat(as(this.pm, () -> this.published.openDeviations(actor(this.pm))))
			.extracting(ProjectReports.DeviationSummary::id)
			.contains(deviation.id());
		PersonSummary stranger = this.scene.person("stranger", ScreeningLevel.ENHANCED);
		assertThat(this.published.openDeviations(actor(stranger))).extracting(ProjectReports.DeviationSummary::id)
			.doesNotContain(deviation.id());
		assertThat(this.deviations.visible(actor(stranger), null, true)).extracting(Deviation::id)
			.doesNotContain(deviation.id());

		assertThatThrownBy(() -> as(this.pm,
				() -> this.deviations.addAction(actor(this.pm), deviation.id(), deviation.version(), "Re-baseline",
						stranger.id(), LocalDate.of(2026, 12, 20))))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("ownerId"));
		RemediationAction action = as(this.pm, () -> this.deviations.addAction(actor(this.pm), deviation.id(),
				deviation.version(), "Agree the new dates and re-baseline", this.pm.id(), LocalDate.of(2026, 12, 20)));
		assertThat(as(this.pm, () -> this.deviations.get(actor(this.pm), deviation.id())).status())
			.isEqualTo(Deviation.Status.REMEDIATING);
		this.planning.baseline(this.pm, this.projectId, "Re-planned");
		as(this.pm, () -> this.deviations.done(actor(this.pm), action.id(), action.version()));

		Deviation closed = as(this.pm, () -> this.deviations.get(actor(this.pm), deviation.id()));
		assertThat(closed.status()).isEqualTo(Deviation.Status.CLOSED);
		assertThat(this.deviations.check(this.projectId)).as("measured against the new baseline").isEmpty();
		assertThat(this.published.openDeviations(this.projectId, actor(this.pm))).isEmpty();
	}

	@Test
	void costAndScheduleIndicesAreMeasuredAgainstTheRedLevelsFinanceKeepsForThePortfolio() {
		this.finance.draft(this.pm, this.projectId);
		this.finance.budgetedCost(this.pm, this.projectId, this.taskA, "1000");
		this.finance.budgetedCost(this.pm, this.projectId, this.taskB, "2000");
		this.planning.progress(this.pm, this.projectId, this.taskA, 100);
		this.planning.progress(this.pm, this.projectId, this.taskB, 20);
		as(this.pm,
				() -> this.ledger.record(actor(this.pm), this.projectId,
						new CostLedger.CostEntry(CostLedger.Kind.ACTUAL, "L1", this.taskA, LocalDate.of(2026, 3, 6),
								new BigDecimal("1500.00"), "EUR", "INV-8", "Invoice", "entered")));
		FinanceSummaries.ProjectHealth health = this.financeSummaries
			.health(this.projectId, ReportingAccess.PLATFORM, this.clock.today())
			.orElseThrow();
		assertThat(health.cost().value()).as("CPI 1400 / 1500")
			.isBetween(new BigDecimal("0.93"), new BigDecimal("0.94"));
		assertThat(health.cost().redBelow()).as("finance's default red level").isEqualByComparingTo("0.85");

		assertThat(this.deviations.check(this.projectId)).extracting(Deviation::kind)
			.as("above finance's default red level (and above reporting's own 0.90)")
			.doesNotContain(DeviationKind.COST_INDEX);

		this.finance.thresholds(this.pmo, this.portfolioId, "0.98", "0.95");
		List<Deviation> raised = this.deviations.check(this.projectId);

		assertThat(raised).filteredOn(d -> d.kind() == DeviationKind.COST_INDEX)
			.singleElement()
			.satisfies(d -> assertThat(d.detail()).startsWith("0.93").endsWith(" < 0.95"));
	}

}

package org.agilepmo.finance.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.agilepmo.finance.CostCategory;
import org.agilepmo.finance.CostLedger;
import org.agilepmo.finance.CostLedger.CostEntry;
import org.agilepmo.finance.FinanceSummaries;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.intake.CarriedEstimate;
import org.agilepmo.intake.IntakeEstimates;
import org.agilepmo.planning.PlanningFixtures;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.resources.ResourcesFixtures;
import org.agilepmo.resources.TimesheetFixtures;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.shared.StaleVersionException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The finance module with the modules it reads (portfolio, planning, intake, identity,
 * audit): budget versions and their approval, a concept note's assessment as the first
 * budget, earned value of a project behind schedule and over budget computed by hand, the
 * grant's flags, a roll-up that reconciles to the cent across currencies, the
 * all-or-nothing import, and the IATI export validated against the standard's schema.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles("test")
@Import({ IdentityFixtures.class, PortfolioFixtures.class, PlanningFixtures.class, ResourcesFixtures.class,
		TimesheetFixtures.class })
class FinanceModuleTest {

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	PlanningFixtures planning;

	@Autowired
	ResourcesFixtures resources;

	@Autowired
	TimesheetFixtures timesheets;

	@Autowired
	BudgetService budgets;

	@Autowired
	Conversions conversions;

	@Autowired
	FundingService funding;

	@Autowired
	CostService costs;

	@Autowired
	EarnedValueService earnedValue;

	@Autowired
	Rollups rollups;

	@Autowired
	IatiExport iati;

	@Autowired
	FinanceSummaries summaries;

	@Autowired
	ThresholdService thresholds;

	@Autowired
	SnapshotService snapshots;

	@Autowired
	WeeklySnapshots weekly;

	@Autowired
	GrantDocument grantDocument;

	@Autowired
	GrantWorkbook workbook;

	@MockitoBean
	IntakeEstimates estimates;

	PortfolioScene scene;

	PersonSummary pmo;

	PersonSummary pm;

	long portfolioId;

	long projectId;

	@BeforeEach
	void aProjectWithItsManager() {
		this.scene = this.portfolios.scene();
		this.pmo = this.scene.officer();
		this.pm = this.scene.person("pm", ScreeningLevel.BASIC);
		this.portfolioId = this.scene.portfolio().id();
		this.projectId = this.scene
			.project(this.portfolioId, Classification.PUBLIC, d -> PortfolioScene.withManager(d, this.pm.id()))
			.id();
		Mockito.when(this.estimates.forProjects(Mockito.any())).thenReturn(Map.of());
	}

	private <T> T as(PersonSummary person, java.util.concurrent.Callable<T> work) {
		return this.identity.actingAs(person, work);
	}

	private static Actor actor(PersonSummary person) {
		return IdentityFixtures.actor(person);
	}

	/** The activity's version, which its budgeted cost is changed at. */
	private long activityVersion(long activityId) {
		return this.earnedValue.budgetedCosts(actor(this.pm), this.projectId).get(activityId).version();
	}

	private BudgetVersion budget(String currency, BudgetService.LineDraft... lines) {
		return as(this.pm, () -> {
			BudgetVersion v = this.budgets.start(actor(this.pm), this.projectId, currency, YearMonth.of(2026, 3), null);
			long version = v.version();
			for (BudgetService.LineDraft line : lines) {
				this.budgets.putLine(actor(this.pm), v.id(), version, null, line);
				version = this.budgets.version(actor(this.pm), v.id()).version();
			}
			return this.budgets.version(actor(this.pm), v.id());
		});
	}

	private static BudgetService.LineDraft monthly(CostCategory category, String amount, int months) {
		return new BudgetService.LineDraft(category, category.name(), BudgetLine.Recurrence.MONTHLY,
				YearMonth.of(2026, 3), months, new BigDecimal(amount));
	}

	private static BudgetService.LineDraft oneOff(CostCategory category, String amount) {
		return new BudgetService.LineDraft(category, category.name(), BudgetLine.Recurrence.ONE_OFF,
				YearMonth.of(2026, 3), null, new BigDecimal(amount));
	}

	/** Rates are the organisation's, shared by the tests: each pair is recorded once. */
	private void rate(String from, String to, String rate) {
		boolean recorded = this.conversions.all()
			.stream()
			.anyMatch(
					r -> r.from().equals(from) && r.to().equals(to) && r.validFrom().equals(LocalDate.of(2026, 1, 1)));
		if (recorded) {
			assertThat(this.conversions.rate(from, to, LocalDate.of(2026, 1, 1))).isEqualByComparingTo(rate);
			return;
		}
		as(this.pmo, () -> this.conversions.record(actor(this.pmo), from, to, LocalDate.of(2026, 1, 1),
				new BigDecimal(rate)));
	}

	private long cost(CostLedger.Kind kind, String line, Long activity, String amount, String currency, LocalDate day) {
		return as(this.pm, () -> this.costs.record(actor(this.pm), this.projectId,
				new CostEntry(kind, line, activity, day, new BigDecimal(amount), currency, null, null, null)));
	}

	@Test
	void aBudgetIsDraftedApprovedByThePmoAndRevisedWithItsHistoryKept() {
		BudgetVersion original = budget("EUR", monthly(CostCategory.STAFF, "1000.00", 12),
				oneOff(CostCategory.EQUIPMENT, "5000.50"));
		assertThat(original.total()).isEqualByComparingTo("17000.50");
		assertThat(original.lines()).extracting(BudgetLine::code).containsExactly("L1", "L2");
		assertThat(original.lines().get(0).lastMonth()).isEqualTo(YearMonth.of(2027, 2));

		long stale = original.version() - 1;
		assertThatThrownBy(() -> as(this.pm, () -> this.budgets.putLine(actor(this.pm), original.id(), stale, null,
				oneOff(CostCategory.TRAVEL, "10.00"))))
			.isInstanceOf(StaleVersionException.class);
		assertThatThrownBy(
				() -> as(this.pm, () -> this.budgets.approve(actor(this.pm), original.id(), original.version())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(this.pm,
				() -> this.budgets.putLine(actor(this.pm), original.id(), original.version(), null,
						oneOff(CostCategory.TRAVEL, "10.001"))))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("amount"));

		as(this.pmo, () -> this.budgets.approve(actor(this.pmo), original.id(), original.version()));
		BudgetVersion revision = as(this.pm, () -> this.budgets.revise(actor(this.pm), this.projectId, "Scope grew"));
		as(this.pm, () -> this.budgets.putLine(actor(this.pm), revision.id(), revision.version(), null,
				oneOff(CostCategory.TRAVEL, "999.50")));
		assertThatThrownBy(() -> as(this.pm, () -> this.budgets.putLine(actor(this.pm), original.id(),
				original.version() + 1, null, oneOff(CostCategory.TRAVEL, "1.00"))))
			.isInstanceOf(RuleViolationException.class);
		BudgetVersion revised = as(this.pm, () -> this.budgets.version(actor(this.pm), revision.id()));
		as(this.pmo, () -> this.budgets.approve(actor(this.pmo), revised.id(), revised.version()));

		List<BudgetVersion> history = as(this.pm, () -> this.budgets.versions(actor(this.pm), this.projectId));
		assertThat(history).extracting(BudgetVersion::status)
			.containsExactly(BudgetVersion.Status.SUPERSEDED, BudgetVersion.Status.APPROVED);
		assertThat(history).extracting(BudgetVersion::kind)
			.containsExactly(BudgetVersion.Kind.ORIGINAL, BudgetVersion.Kind.REVISED);
		assertThat(history.get(1).total()).isEqualByComparingTo("18000.00");
		assertThat(history.get(1).reason()).isEqualTo("Scope grew");
		assertThat(history.get(1).approvedBy()).isEqualTo(this.pmo.username());

		PersonSummary stranger = this.scene.person("stranger", ScreeningLevel.ENHANCED);
		assertThatThrownBy(() -> as(stranger, () -> this.budgets.versions(actor(stranger), this.projectId)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void anApprovedConceptNotesAssessmentBecomesTheFirstBudget() {
		Mockito.when(this.estimates.forProjects(Mockito.any()))
			.thenReturn(Map.of(this.projectId, new CarriedEstimate(this.projectId, 7L, new BigDecimal("50000"),
					new BigDecimal("12000.00"), new BigDecimal("2400.00"), "USD", new BigDecimal("100"), 2)));
		BudgetVersion v = as(this.pm,
				() -> this.budgets.start(actor(this.pm), this.projectId, null, YearMonth.of(2026, 4), null));
		assertThat(v.currency()).isEqualTo("USD");
		assertThat(v.lines()).hasSize(2);
		assertThat(v.lines().get(0).recurrence()).isEqualTo(BudgetLine.Recurrence.ONE_OFF);
		assertThat(v.lines().get(0).amount()).isEqualByComparingTo("12000.00");
		assertThat(v.lines().get(1).recurrence()).isEqualTo(BudgetLine.Recurrence.MONTHLY);
		assertThat(v.lines().get(1).amount()).isEqualByComparingTo("200.00");
		assertThat(v.lines().get(1).months()).isEqualTo(12);
		assertThat(v.total()).isEqualByComparingTo("14400.00");
	}

	/**
	 * The worked example, by hand. The plan starts Monday 2 March 2026 08:00 on the
	 * standard calendar: "Build" (a summary) holds A (5 days, Monday 2 to Friday 6) and B
	 * (5 days after A, Monday 9 to Friday 13), baselined so. A is budgeted at 1,000 EUR,
	 * B at 2,000: BAC = 3,000. At the end of Wednesday 11 March: PV = 1,000 + 3/5 × 2,000
	 * = 2,200. A is done and B 20% done: EV = 1,000 + 400 = 1,400. Spent: 1,100 EUR on A
	 * on the 6th, 500 USD on B on the 10th at 0.90 = 450.00 EUR, and 100 EUR on the 12th
	 * (after the status date, not counted): AC = 1,550. So SV = −800, CV = −150, SPI =
	 * 1,400/2,200 = 0.6364, CPI = 1,400/1,550 = 0.9032, EAC = 3,000/CPI = 3,321.43, ETC =
	 * 1,771.43, VAC = −321.43, TCPI = 1,600/1,450 = 1.1034, EAC by CPI × SPI = 1,550 +
	 * 1,600/(0.903226 × 0.636364) = 4,333.67. Cost health amber (below 0.95), schedule
	 * red (below 0.85).
	 */
	@Test
	void aProjectBehindScheduleAndOverBudgetHasTheHandComputedEarnedValue() {
		budget("EUR", monthly(CostCategory.STAFF, "1000.00", 3));
		long build = this.planning.summary(this.pm, this.projectId, "Build");
		long a = this.planning.task(this.pm, this.projectId, "A", 2400, build);
		long b = this.planning.task(this.pm, this.projectId, "B", 2400, build);
		this.planning.finishToStart(this.pm, this.projectId, a, b);
		this.planning.startOn(this.pm, this.projectId, LocalDateTime.of(2026, 3, 2, 8, 0));
		this.planning.baseline(this.pm, this.projectId, "Original");
		as(this.pm, () -> this.earnedValue.budget(actor(this.pm), this.projectId, a, activityVersion(a),
				new BigDecimal("1000")));
		as(this.pm, () -> this.earnedValue.budget(actor(this.pm), this.projectId, b, activityVersion(b),
				new BigDecimal("2000")));
		assertThatThrownBy(() -> as(this.pm,
				() -> this.earnedValue.budget(actor(this.pm), this.projectId, build, activityVersion(build),
						new BigDecimal("1"))))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.field()).isEqualTo("budgetedCost"));
		this.planning.progress(this.pm, this.projectId, a, 100);
		this.planning.progress(this.pm, this.projectId, b, 20);
		rate("USD", "EUR", "0.90");
		cost(CostLedger.Kind.ACTUAL, "L1", a, "1100.00", "EUR", LocalDate.of(2026, 3, 6));
		cost(CostLedger.Kind.ACTUAL, "L1", b, "500.00", "USD", LocalDate.of(2026, 3, 10));
		cost(CostLedger.Kind.ACTUAL, "L1", b, "100.00", "EUR", LocalDate.of(2026, 3, 12));

		EarnedValueService.Report report = as(this.pm,
				() -> this.earnedValue.report(actor(this.pm), this.projectId, LocalDate.of(2026, 3, 11), null));
		var m = report.total();
		assertThat(report.baseline()).isEqualTo("Original");
		assertThat(m.bac()).isEqualByComparingTo("3000.00");
		assertThat(m.pv()).isEqualByComparingTo("2200.00");
		assertThat(m.ev()).isEqualByComparingTo("1400.00");
		assertThat(m.ac()).isEqualByComparingTo("1550.00");
		assertThat(m.sv()).isEqualByComparingTo("-800.00");
		assertThat(m.cv()).isEqualByComparingTo("-150.00");
		assertThat(m.spi()).isEqualByComparingTo("0.6364");
		assertThat(m.cpi()).isEqualByComparingTo("0.9032");
		assertThat(m.eac()).isEqualByComparingTo("3321.43");
		assertThat(m.etc()).isEqualByComparingTo("1771.43");
		assertThat(m.vac()).isEqualByComparingTo("-321.43");
		assertThat(m.tcpi()).isEqualByComparingTo("1.1034");
		assertThat(m.eacCpiSpi()).isEqualByComparingTo("4333.67");
		assertThat(report.costHealth()).isEqualTo(org.agilepmo.finance.FinanceSummaries.Health.AMBER);
		assertThat(report.scheduleHealth()).isEqualTo(org.agilepmo.finance.FinanceSummaries.Health.RED);

		EarnedValueService.Row summary = report.rows().stream().filter(r -> r.activityId() == build).findFirst().get();
		assertThat(summary.measures().pv()).isEqualByComparingTo("2200.00");
		assertThat(summary.measures().ac()).isEqualByComparingTo("1550.00");
		EarnedValueService.Row rowB = report.rows().stream().filter(r -> r.activityId() == b).findFirst().get();
		assertThat(rowB.measures().pv()).isEqualByComparingTo("1200.00");
		assertThat(rowB.measures().ev()).isEqualByComparingTo("400.00");
		assertThat(rowB.measures().ac()).isEqualByComparingTo("450.00");

		// Week 1 ends Sunday 8 March (PV 1,000), week 2 Sunday 15 (PV 3,000). ES = 1 +
		// (1,400 − 1,000) / (3,000 − 1,000) = 1.2 weeks; AT = 10 days / 7 = 1.4286 weeks.
		assertThat(report.curve()).extracting(EarnedValueService.Week::pv)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("1000"), new BigDecimal("3000"));
		assertThat(report.curve().get(0).ac()).isEqualByComparingTo("1100.00");
		assertThat(report.curve().get(1).ev()).isEqualByComparingTo("1400.00");
		assertThat(report.earnedSchedule()).isEqualByComparingTo("1.2");
		assertThat(report.actualTime()).isEqualByComparingTo("1.4286");

		var summaryOfProject = as(this.pm,
				() -> this.summaries.summary(this.projectId, actor(this.pm), LocalDate.of(2026, 3, 11)));
		assertThat(summaryOfProject).get().satisfies(s -> {
			assertThat(s.spent()).isEqualByComparingTo("1550.00");
			assertThat(s.cpi()).isEqualByComparingTo("0.9032");
		});
	}

	/**
	 * The worked example budgeted before its baseline was saved: the baseline keeps each
	 * activity's cost, so that changing the plan's costs afterwards leaves the measures
	 * against that baseline as they were (BAC 3,000, PV 2,200, EV 1,400); a baseline
	 * saved after the change measures against the new costs.
	 */
	@Test
	void earnedValueMeasuresAgainstTheCostTheBaselineKept() {
		budget("EUR", monthly(CostCategory.STAFF, "1000.00", 3));
		long build = this.planning.summary(this.pm, this.projectId, "Build");
		long a = this.planning.task(this.pm, this.projectId, "A", 2400, build);
		long b = this.planning.task(this.pm, this.projectId, "B", 2400, build);
		this.planning.finishToStart(this.pm, this.projectId, a, b);
		this.planning.startOn(this.pm, this.projectId, LocalDateTime.of(2026, 3, 2, 8, 0));
		this.planning.budgetedCost(this.pm, this.projectId, a, "1000");
		this.planning.budgetedCost(this.pm, this.projectId, b, "2000");
		this.planning.baseline(this.pm, this.projectId, "Original");
		this.planning.progress(this.pm, this.projectId, a, 100);
		this.planning.progress(this.pm, this.projectId, b, 20);
		this.planning.budgetedCost(this.pm, this.projectId, a, "5000");

		var original = as(this.pm,
				() -> this.earnedValue.report(actor(this.pm), this.projectId, LocalDate.of(2026, 3, 11), "Original"))
			.total();
		assertThat(original.bac()).isEqualByComparingTo("3000.00");
		assertThat(original.pv()).isEqualByComparingTo("2200.00");
		assertThat(original.ev()).isEqualByComparingTo("1400.00");

		this.planning.baseline(this.pm, this.projectId, "Revised");
		var revised = as(this.pm,
				() -> this.earnedValue.report(actor(this.pm), this.projectId, LocalDate.of(2026, 3, 11), "Revised"))
			.total();
		assertThat(revised.bac()).isEqualByComparingTo("7000.00");
		assertThat(revised.ev()).isEqualByComparingTo("5400.00");
	}

	/**
	 * Finance's own way to set a cost writes through the plan: two first saves based on
	 * the same version cannot both win (the second is stale), and the plan shows the
	 * first.
	 */
	@Test
	void twoFirstSavesOfACostCannotBothWin() {
		budget("EUR", monthly(CostCategory.STAFF, "1000.00", 3));
		long a = this.planning.task(this.pm, this.projectId, "A", 2400);
		long version = activityVersion(a);
		var saved = as(this.pm,
				() -> this.earnedValue.budget(actor(this.pm), this.projectId, a, version, new BigDecimal("1000")));
		assertThat(saved.version()).isEqualTo(version + 1);
		assertThat(saved.currency()).isEqualTo("EUR");
		assertThatThrownBy(() -> as(this.pm,
				() -> this.earnedValue.budget(actor(this.pm), this.projectId, a, version, new BigDecimal("2000"))))
			.isInstanceOf(org.agilepmo.shared.StaleVersionException.class);
		assertThat(
				as(this.pm, () -> this.earnedValue.budgetedCosts(actor(this.pm), this.projectId)).get(a).budgetedCost())
			.isEqualByComparingTo("1000");
	}

	/**
	 * The project of the hand-computed example (CPI 0.9032, SPI 0.6364 on 11 March 2026):
	 * with the default levels (amber below 0.95, red below 0.85) its cost is amber and
	 * its schedule red; once its portfolio sets CPI amber below 0.90 and SPI red below
	 * 0.60, its cost is green and its schedule amber, each with the reason.
	 */
	@Test
	void aPortfoliosThresholdsTurnItsProjectsCostAndScheduleHealthAmberOrRedWithTheReason() {
		budget("EUR", monthly(CostCategory.STAFF, "1000.00", 3));
		long a = this.planning.task(this.pm, this.projectId, "A", 2400);
		long b = this.planning.task(this.pm, this.projectId, "B", 2400);
		this.planning.finishToStart(this.pm, this.projectId, a, b);
		this.planning.startOn(this.pm, this.projectId, LocalDateTime.of(2026, 3, 2, 8, 0));
		this.planning.baseline(this.pm, this.projectId, "Original");
		as(this.pm, () -> this.earnedValue.budget(actor(this.pm), this.projectId, a, activityVersion(a),
				new BigDecimal("1000")));
		as(this.pm, () -> this.earnedValue.budget(actor(this.pm), this.projectId, b, activityVersion(b),
				new BigDecimal("2000")));
		this.planning.progress(this.pm, this.projectId, a, 100);
		this.planning.progress(this.pm, this.projectId, b, 20);
		cost(CostLedger.Kind.ACTUAL, "L1", a, "1100.00", "EUR", LocalDate.of(2026, 3, 6));
		cost(CostLedger.Kind.ACTUAL, "L1", b, "450.00", "EUR", LocalDate.of(2026, 3, 10));
		LocalDate status = LocalDate.of(2026, 3, 11);

		FinanceSummaries.ProjectHealth before = as(this.pm,
				() -> this.summaries.health(this.projectId, actor(this.pm), status))
			.orElseThrow();
		assertThat(before.cost().colour()).isEqualTo(FinanceSummaries.Health.AMBER);
		assertThat(before.cost().reason()).isEqualTo("CPI 0.90 is below the amber level 0.95");
		assertThat(before.schedule().colour()).isEqualTo(FinanceSummaries.Health.RED);
		assertThat(before.schedule().reason()).isEqualTo("SPI 0.64 is below the red level 0.85");
		assertThat(before.overall()).isEqualTo(FinanceSummaries.Health.RED);

		assertThatThrownBy(() -> as(this.pm, () -> this.thresholds.change(actor(this.pm), this.portfolioId, 0,
				levels("0.90", "0.50", "0.95", "0.60"))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(this.pmo,
				() -> this.thresholds.change(actor(this.pmo), this.portfolioId, 0,
						levels("0.90", "0.90", "0.95", "0.60"))))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("costRed"));
		assertThatThrownBy(() -> as(this.pmo,
				() -> this.thresholds.change(actor(this.pmo), this.portfolioId, 0,
						levels("0.905", "0.50", "0.95", "0.60"))))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("costAmber"));
		HealthThreshold saved = as(this.pmo, () -> this.thresholds.change(actor(this.pmo), this.portfolioId, 0,
				levels("0.90", "0.50", "0.95", "0.60")));
		assertThatThrownBy(() -> as(this.pmo, () -> this.thresholds.change(actor(this.pmo), this.portfolioId, 0,
				levels("0.90", "0.50", "0.95", "0.60"))))
			.isInstanceOf(StaleVersionException.class);
		assertThat(saved.version())
			.isEqualTo(as(this.pm, () -> this.thresholds.of(actor(this.pm), this.portfolioId).version()));

		FinanceSummaries.ProjectHealth after = as(this.pm,
				() -> this.summaries.health(this.projectId, actor(this.pm), status))
			.orElseThrow();
		assertThat(after.cost().colour()).isEqualTo(FinanceSummaries.Health.GREEN);
		assertThat(after.schedule().colour()).isEqualTo(FinanceSummaries.Health.AMBER);
		assertThat(after.schedule().reason()).isEqualTo("SPI 0.64 is below the amber level 0.95");
		assertThat(after.overall()).isEqualTo(FinanceSummaries.Health.AMBER);
		PersonSummary outsider = this.scene.person("outsider", ScreeningLevel.ENHANCED);
		assertThat(as(outsider, () -> this.summaries.health(this.projectId, actor(outsider), status))).isEmpty();
	}

	/**
	 * The plan keeps only today's progress: A at 60 % recorded on Sunday 8 March (EV 600,
	 * AC 1,100), then A done and B at 20 % on 11 March (EV 1,400). The S-curve's first
	 * week carries the recorded 600, the status date's week the 1,400 measured now; the
	 * weekly job takes the week ending 15 March once, however often it runs; reading
	 * never records.
	 */
	@Test
	void theStatusRecordedAtPastDatesDrawsTheEarnedValueOfPastWeeks() {
		budget("EUR", monthly(CostCategory.STAFF, "1000.00", 3));
		long a = this.planning.task(this.pm, this.projectId, "A", 2400);
		long b = this.planning.task(this.pm, this.projectId, "B", 2400);
		this.planning.finishToStart(this.pm, this.projectId, a, b);
		this.planning.startOn(this.pm, this.projectId, LocalDateTime.of(2026, 3, 2, 8, 0));
		this.planning.baseline(this.pm, this.projectId, "Original");
		as(this.pm, () -> this.earnedValue.budget(actor(this.pm), this.projectId, a, activityVersion(a),
				new BigDecimal("1000")));
		as(this.pm, () -> this.earnedValue.budget(actor(this.pm), this.projectId, b, activityVersion(b),
				new BigDecimal("2000")));
		cost(CostLedger.Kind.ACTUAL, "L1", a, "1100.00", "EUR", LocalDate.of(2026, 3, 6));
		this.planning.progress(this.pm, this.projectId, a, 60);
		EarnedValueSnapshot first = as(this.pm,
				() -> this.snapshots.record(actor(this.pm), this.projectId, LocalDate.of(2026, 3, 8)));
		assertThat(first.ev()).isEqualByComparingTo("600.00");
		assertThat(first.ac()).isEqualByComparingTo("1100.00");
		assertThat(first.pv()).isEqualByComparingTo("1000.00");
		assertThat(first.origin()).isEqualTo(EarnedValueSnapshot.Origin.RECORDED);

		this.planning.progress(this.pm, this.projectId, a, 100);
		this.planning.progress(this.pm, this.projectId, b, 20);
		EarnedValueService.Report report = as(this.pm,
				() -> this.earnedValue.report(actor(this.pm), this.projectId, LocalDate.of(2026, 3, 11), null));
		assertThat(report.curve().get(0).ev()).isEqualByComparingTo("600.00");
		assertThat(report.curve().get(1).ev()).isEqualByComparingTo("1400.00");
		assertThat(as(this.pm, () -> this.snapshots.snapshots(actor(this.pm), this.projectId))).hasSize(1);

		this.weekly.take(LocalDate.of(2026, 3, 15));
		this.weekly.take(LocalDate.of(2026, 3, 15));
		var history = as(this.pm, () -> this.snapshots.snapshots(actor(this.pm), this.projectId));
		assertThat(history).extracting(EarnedValueSnapshot::statusDate)
			.containsExactly(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 15));
		assertThat(history.get(1).origin()).isEqualTo(EarnedValueSnapshot.Origin.WEEKLY);
		assertThat(history.get(1).ev()).isEqualByComparingTo("1400.00");

		assertThatThrownBy(() -> as(this.pm,
				() -> this.snapshots.record(actor(this.pm), this.projectId, LocalDate.now().plusDays(1))))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("statusDate"));
		PersonSummary outsider = this.scene.person("outsider", ScreeningLevel.ENHANCED);
		assertThatThrownBy(() -> as(outsider,
				() -> this.snapshots.record(actor(outsider), this.projectId, LocalDate.of(2026, 3, 9))))
			.isInstanceOf(NotFoundException.class);
	}

	private static ThresholdService.Levels levels(String costAmber, String costRed, String scheduleAmber,
			String scheduleRed) {
		return new ThresholdService.Levels(new BigDecimal(costAmber), new BigDecimal(costRed),
				new BigDecimal(scheduleAmber), new BigDecimal(scheduleRed));
	}

	/**
	 * A developer at 50 EUR an hour records 8 + 8 hours on A on Monday 2 and Tuesday 3
	 * March 2026, approved by the project manager: 800 EUR of staff cost; with an invoice
	 * of 200 EUR on A, the actual cost at the end of the week is 1,000 EUR. Hours
	 * approved after the status date do not count.
	 */
	@Test
	void approvedTimesheetHoursAtTheirCostRateAreActualCost() {
		budget("EUR", monthly(CostCategory.STAFF, "1000.00", 3));
		long a = this.planning.task(this.pm, this.projectId, "A", 2400);
		this.planning.startOn(this.pm, this.projectId, LocalDateTime.of(2026, 3, 2, 8, 0));
		this.planning.baseline(this.pm, this.projectId, "Original");
		as(this.pm, () -> this.earnedValue.budget(actor(this.pm), this.projectId, a, activityVersion(a),
				new BigDecimal("2000")));
		PersonSummary dev = this.scene.person("dev", ScreeningLevel.BASIC);
		this.scene.giveProjectRole(this.projectId, dev, ProjectRole.TEAM_MEMBER);
		PersonSummary head = this.scene.person("head", ScreeningLevel.BASIC);
		long resource = this.resources.profile(dev, this.resources.centre("Finance centre", head), "XF", 100);
		this.resources.hourlyRate(resource, "50", LocalDate.of(2026, 1, 1), null);
		this.timesheets.approvedWeekOnActivity(dev, this.pm, LocalDate.of(2026, 3, 2), a, "8", "8", "0", "0", "0", "0",
				"0");
		this.timesheets.approvedWeekOnActivity(dev, this.pm, LocalDate.of(2026, 3, 9), a, "4", "0", "0", "0", "0", "0",
				"0");
		cost(CostLedger.Kind.ACTUAL, "L1", a, "200.00", "EUR", LocalDate.of(2026, 3, 4));

		EarnedValueService.Report report = as(this.pm,
				() -> this.earnedValue.report(actor(this.pm), this.projectId, LocalDate.of(2026, 3, 8), null));
		assertThat(report.staffCost()).isEqualByComparingTo("800.00");
		assertThat(report.total().ac()).isEqualByComparingTo("1000.00");
		assertThat(report.rows()).singleElement()
			.satisfies(r -> assertThat(r.measures().ac()).isEqualByComparingTo("1000.00"));
	}

	/**
	 * A USD grant pays all of a one-off equipment line of 12,500.00 USD: 3,000.00 is
	 * committed and 4,250.75 spent, so the balance is 8,249.25. The donor's PDF, in
	 * English and in French, carries those figures in the grant's currency; another
	 * person may not have it.
	 */
	@Test
	void theDonorsReportAsPdfCarriesTheGrantsFiguresByCategory() throws Exception {
		budget("USD", oneOff(CostCategory.EQUIPMENT, "12500.00"));
		PersonSummary donor = this.scene.person("donor", ScreeningLevel.NONE);
		long grant = as(this.pmo, () -> this.funding.createSource(actor(this.pmo),
				new FundingSource.SourceDraft(FundingSource.Kind.GRANT, "Kiosk grant", "Northern Fund", donor.id(),
						"NF-7", new BigDecimal("20000.00"), "USD", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
						Set.of(CostCategory.EQUIPMENT), "Audit each year", FundingSource.Reporting.HALF_YEARLY))
			.id());
		as(this.pm, () -> {
			this.funding.fund(actor(this.pm), this.projectId, "L1", grant, new BigDecimal("100"));
			return null;
		});
		cost(CostLedger.Kind.COMMITMENT, "L1", null, "3000.00", "USD", LocalDate.of(2026, 3, 20));
		cost(CostLedger.Kind.ACTUAL, "L1", null, "4250.75", "USD", LocalDate.of(2026, 4, 2));

		FundingService.GrantReport report = as(donor, () -> this.funding.report(actor(donor), grant, null, null));
		String english = text(this.grantDocument.write(report, java.util.Locale.ENGLISH));
		assertThat(english).contains("Kiosk grant", "Northern Fund", "Equipment", "12,500.00", "3,000.00", "4,250.75",
				"8,249.25", "USD");
		String french = text(this.grantDocument.write(report, java.util.Locale.FRENCH));
		assertThat(french).contains("Équipement", "250,75", "249,25");
		try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(this.workbook.write(report)))) {
			var sheet = book.getSheetAt(0);
			var equipment = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
				.filter(r -> r.getCell(0) != null && "EQUIPMENT".equals(r.getCell(0).toString()))
				.findFirst()
				.orElseThrow();
			assertThat(equipment.getCell(2).getNumericCellValue()).isEqualTo(12500.00);
			assertThat(equipment.getCell(3).getNumericCellValue()).isEqualTo(3000.00);
			assertThat(equipment.getCell(4).getNumericCellValue()).isEqualTo(4250.75);
			assertThat(equipment.getCell(5).getNumericCellValue()).isEqualTo(8249.25);
		}
		PersonSummary other = this.scene.person("other", ScreeningLevel.ENHANCED);
		assertThatThrownBy(() -> as(other, () -> this.funding.report(actor(other), grant, null, null)))
			.isInstanceOf(NotFoundException.class);
	}

	private static String text(byte[] pdf) throws java.io.IOException {
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
		}
	}

	@Test
	void spendingOutsideEligibilityOutsideThePeriodOrPastTheGrantIsFlagged() {
		budget("EUR", monthly(CostCategory.STAFF, "1000.00", 3), oneOff(CostCategory.CONSULTANTS, "2000.00"));
		long grant = as(this.pmo, () -> this.funding
			.createSource(actor(this.pmo),
					new FundingSource.SourceDraft(FundingSource.Kind.GRANT, "Staff grant", "Donor A", null, "DA-1",
							new BigDecimal("1000.00"), "EUR", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 8),
							Set.of(CostCategory.STAFF), "Staff only", FundingSource.Reporting.QUARTERLY))
			.id());
		as(this.pm, () -> {
			this.funding.fund(actor(this.pm), this.projectId, "L1", grant, new BigDecimal("50"));
			this.funding.fund(actor(this.pm), this.projectId, "L2", grant, new BigDecimal("100"));
			return null;
		});
		assertThatThrownBy(() -> as(this.pm, () -> {
			long regular = this.funding
				.createSource(actor(this.pmo),
						new FundingSource.SourceDraft(FundingSource.Kind.REGULAR, "Regular", null, null, null, null,
								"EUR", null, null, null, null, null))
				.id();
			this.funding.fund(actor(this.pm), this.projectId, "L1", regular, new BigDecimal("50.01"));
			return null;
		})).isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("share"));
		rate("USD", "EUR", "0.90");
		long fine = cost(CostLedger.Kind.ACTUAL, "L1", null, "1100.00", "EUR", LocalDate.of(2026, 3, 6));
		long consultant = cost(CostLedger.Kind.ACTUAL, "L2", null, "500.00", "USD", LocalDate.of(2026, 3, 10));
		long past = cost(CostLedger.Kind.ACTUAL, "L1", null, "100.00", "EUR", LocalDate.of(2026, 3, 12));

		List<FundingService.CostFlag> flags = this.funding.flags(this.projectId);
		assertThat(flags).noneMatch(f -> f.costId() == fine);
		assertThat(flags).filteredOn(f -> f.costId() == consultant)
			.extracting(FundingService.CostFlag::flag)
			.containsExactlyInAnyOrder(FundingService.Flag.OUTSIDE_ELIGIBILITY, FundingService.Flag.OUTSIDE_PERIOD);
		assertThat(flags).filteredOn(f -> f.costId() == past)
			.extracting(FundingService.CostFlag::flag)
			.containsExactlyInAnyOrder(FundingService.Flag.OUTSIDE_PERIOD, FundingService.Flag.PAST_GRANT);

		FundingService.GrantReport report = as(this.pmo,
				() -> this.funding.report(actor(this.pmo), grant, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
		// Staff: half of March's 1,000 = 500 budgeted; half of 1,100 + half of 100 = 600
		// spent.
		FundingService.ReportRow staff = report.rows()
			.stream()
			.filter(r -> r.category() == CostCategory.STAFF)
			.findFirst()
			.get();
		assertThat(staff.budget()).isEqualByComparingTo("500.00");
		assertThat(staff.spent()).isEqualByComparingTo("600.00");
		assertThat(staff.balance()).isEqualByComparingTo("-100.00");
		assertThat(report.spent()).isEqualByComparingTo("1050.00");
		assertThatThrownBy(() -> as(this.pm, () -> this.funding.report(actor(this.pm), grant, null, null)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aPortfolioRollUpReconcilesWithItsProjectsToTheCentInAnyCurrencyMix() {
		budget("EUR", oneOff(CostCategory.SERVICES, "100.01"));
		long second = this.scene
			.project(this.portfolioId, Classification.PUBLIC, d -> PortfolioScene.withManager(d, this.pm.id()))
			.id();
		long third = this.scene
			.project(this.portfolioId, Classification.PUBLIC, d -> PortfolioScene.withManager(d, this.pm.id()))
			.id();
		as(this.pm, () -> {
			BudgetVersion usd = this.budgets.start(actor(this.pm), second, "USD", YearMonth.of(2026, 3), null);
			this.budgets.putLine(actor(this.pm), usd.id(), usd.version(), null, oneOff(CostCategory.SERVICES, "0.05"));
			BudgetVersion jpy = this.budgets.start(actor(this.pm), third, "JPY", YearMonth.of(2026, 3), null);
			this.budgets.putLine(actor(this.pm), jpy.id(), jpy.version(), null, oneOff(CostCategory.SERVICES, "333"));
			return null;
		});
		rate("USD", "EUR", "0.9");
		rate("EUR", "JPY", "160");
		Rollups.Rollup rollup = as(this.pmo,
				() -> this.rollups.portfolio(actor(this.pmo), this.portfolioId, "EUR", LocalDate.of(2026, 6, 30)));
		// 100.01 + 0.05 × 0.9 = 0.045 → 0.04 (half to even) + 333 / 160 = 2.08125 → 2.08
		assertThat(rollup.projects()).extracting(Rollups.ProjectLine::budgetReported)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactlyInAnyOrder(new BigDecimal("100.01"), new BigDecimal("0.04"), new BigDecimal("2.08"));
		assertThat(rollup.budget()).isEqualByComparingTo("102.13");
		assertThat(rollup.budget()).isEqualByComparingTo(rollup.projects()
			.stream()
			.map(Rollups.ProjectLine::budgetReported)
			.reduce(BigDecimal.ZERO, BigDecimal::add));
		assertThatThrownBy(() -> as(this.pmo,
				() -> this.rollups.portfolio(actor(this.pmo), this.portfolioId, "CHF", LocalDate.of(2026, 6, 30))))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.getMessage()).contains(" to CHF on 2026-06-30"));
	}

	@Test
	void aMalformedImportChangesNothingAndNamesEveryWrongRowAndColumn() throws Exception {
		budget("EUR", monthly(CostCategory.STAFF, "1000.00", 3));
		String bad = "Kind,Budget line,Activity,Date,Amount,Currency,Reference,Description\n"
				+ "ACTUAL,L1,,2026-03-05,100.00,EUR,INV-1,Fine\n" + "ACTUAL,L9,,2026-03-05,100.00,EUR,INV-2,No line\n"
				+ "ACTUAL,L1,,5 March,100.00,EUR,INV-3,Bad date\n" + "ACTUAL,L1,,2026-03-05,1.005,EUR,INV-4,Cents\n";
		assertThatThrownBy(() -> as(this.pm,
				() -> this.costs.importCosts(actor(this.pm), this.projectId, "costs.csv",
						bad.getBytes(StandardCharsets.UTF_8))))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.field()).isEqualTo("file");
				assertThat(ex.getMessage()).contains("row 3, column \u201cBudget line\u201d")
					.contains("row 4, column \u201cDate\u201d")
					.contains("row 5, column \u201cAmount\u201d")
					.doesNotContain("row 2");
			});
		assertThat(as(this.pm, () -> this.costs.costs(actor(this.pm), this.projectId))).isEmpty();
		assertThatThrownBy(() -> as(this.pm,
				() -> this.costs.importCosts(actor(this.pm), this.projectId, "costs.csv",
						"Budget line,Date\nL1,2026-03-05\n".getBytes(StandardCharsets.UTF_8))))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.getMessage()).contains("no column \u201cKind\u201d"));

		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			var sheet = book.createSheet("Costs");
			List<String> head = CostService.COLUMNS;
			var h = sheet.createRow(0);
			for (int c = 0; c < head.size(); c++) {
				h.createCell(c).setCellValue(head.get(c));
			}
			var r = sheet.createRow(1);
			r.createCell(0).setCellValue("COMMITMENT");
			r.createCell(1).setCellValue("L1");
			r.createCell(3).setCellValue("2026-03-05");
			r.createCell(4).setCellValue(2500.5);
			r.createCell(5).setCellValue("EUR");
			var s = sheet.createRow(2);
			s.createCell(0).setCellValue("ACTUAL");
			s.createCell(1).setCellValue("L1");
			s.createCell(3).setCellValue("2026-03-20");
			s.createCell(4).setCellValue("750.25");
			s.createCell(5).setCellValue("EUR");
			book.write(xlsx);
		}
		int imported = as(this.pm,
				() -> this.costs.importCosts(actor(this.pm), this.projectId, "export.xlsx", xlsx.toByteArray()));
		assertThat(imported).isEqualTo(2);
		assertThat(as(this.pm, () -> this.costs.costs(actor(this.pm), this.projectId))).extracting(Cost::amount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("2500.50"), new BigDecimal("750.25"));
	}

	@Test
	void theIatiExportOfADonorFundedProjectIsValidAgainstTheStandardsSchema() throws Exception {
		Path schema = sharedIati().resolve("iati-activities-schema.xsd");
		budget("EUR", monthly(CostCategory.STAFF, "1000.00", 12), oneOff(CostCategory.EQUIPMENT, "5000.00"));
		long build = this.planning.summary(this.pm, this.projectId, "Deliver the training centre");
		this.planning.task(this.pm, this.projectId, "Equip", 2400, build);
		long grant = as(this.pmo, () -> this.funding
			.createSource(actor(this.pmo),
					new FundingSource.SourceDraft(FundingSource.Kind.GRANT, "Training grant", "Donor & Partners", null,
							"TG-1", new BigDecimal("20000.00"), "EUR", LocalDate.of(2026, 1, 1),
							LocalDate.of(2027, 12, 31), null, "Annual audit", FundingSource.Reporting.YEARLY))
			.id());
		as(this.pm, () -> {
			this.funding.fund(actor(this.pm), this.projectId, "L2", grant, new BigDecimal("100"));
			return null;
		});
		cost(CostLedger.Kind.COMMITMENT, "L2", null, "4800.00", "EUR", LocalDate.of(2026, 3, 2));
		cost(CostLedger.Kind.ACTUAL, "L2", null, "4800.00", "EUR", LocalDate.of(2026, 4, 2));

		byte[] xml = as(this.pm, () -> this.iati.project(actor(this.pm), this.projectId));
		String text = new String(xml, StandardCharsets.UTF_8);
		assertThat(text).contains("<iati-activities version=\"2.03\"")
			.contains("role=\"1\"")
			.contains("Donor &amp; Partners")
			.contains("<transaction-type code=\"2\"")
			.contains("<transaction-type code=\"4\"")
			.contains("<result type=\"1\">");
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.newSchema(schema.toFile())
			.newValidator()
			.validate(new StreamSource(new java.io.ByteArrayInputStream(xml)));

		long unfunded = this.scene
			.project(this.portfolioId, Classification.PUBLIC, d -> PortfolioScene.withManager(d, this.pm.id()))
			.id();
		assertThatThrownBy(() -> as(this.pm, () -> this.iati.project(actor(this.pm), unfunded)))
			.isInstanceOf(NotFoundException.class);
	}

	/**
	 * The IATI schemas beside the repository; the test skips with a message where they
	 * are absent, and fails then under {@code PMO_SHARED_DATA=required}.
	 */
	static Path sharedIati() {
		Path folder = null;
		for (Path p = Paths.get("").toAbsolutePath(); p != null && folder == null; p = p.getParent()) {
			if (Files.exists(p.resolve("mvnw")) && Files.isDirectory(p.resolve("engine"))) {
				folder = p.resolve("../shared/data/iati").normalize();
			}
		}
		Path iati = folder != null ? folder : Paths.get("../../shared/data/iati").toAbsolutePath().normalize();
		String message = "No IATI schemas at " + iati + " (kept outside the repository)";
		boolean present = Files.exists(iati.resolve("iati-activities-schema.xsd"));
		if ("required".equals(System.getenv("PMO_SHARED_DATA"))) {
			org.junit.jupiter.api.Assertions.assertTrue(present, message);
		}
		if (!present) {
			System.out.println(message + ": the schema validation is skipped");
		}
		org.junit.jupiter.api.Assumptions.assumeTrue(present, message);
		return iati;
	}

}

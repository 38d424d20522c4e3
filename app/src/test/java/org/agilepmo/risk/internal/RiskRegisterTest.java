package org.agilepmo.risk.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.shared.StaleVersionException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The risk module on its own with the modules it reads (portfolio, identity, audit): the
 * rating history, an occurred risk becoming an issue, the access rule in every list and
 * count, the exports, the all-or-nothing import, and reads that write nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles("test")
@Import({ IdentityFixtures.class, PortfolioFixtures.class })
class RiskRegisterTest {

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	RiskService risks;

	@Autowired
	ActionService actions;

	@Autowired
	IssueService issues;

	@Autowired
	RegisterViews views;

	@Autowired
	RiskExchange exchange;

	@Autowired
	RegisterReviewService reviews;

	@Autowired
	DecisionService decisions;

	@Autowired
	List<ObjectDirectory> directories;

	@Autowired
	AuditTrail audit;

	@Autowired
	OverdueReminders reminders;

	PortfolioScene scene;

	Actor manager;

	PersonSummary member;

	Actor officer;

	Actor lowScreenedOfficer;

	long portfolioId;

	long visibleProject;

	long confidentialProject;

	@BeforeEach
	void twoProjectsOfOnePortfolio() {
		this.scene = this.portfolioFixtures.scene();
		this.officer = PortfolioScene.actor(this.scene.officer());
		PersonSummary pm = this.identity.person("pm", ScreeningLevel.ENHANCED);
		this.manager = PortfolioScene.actor(pm);
		this.member = this.identity.person("member", ScreeningLevel.BASIC);
		this.lowScreenedOfficer = IdentityFixtures
			.actor(this.identity.person("analyst", ScreeningLevel.BASIC, GlobalRole.PMO_OFFICER));
		this.portfolioId = this.scene.portfolio().id();
		this.visibleProject = this.scene
			.project(this.portfolioId, Classification.PUBLIC, d -> PortfolioScene.withManager(d, pm.id()))
			.id();
		this.scene.giveProjectRole(this.visibleProject, this.member, ProjectRole.TEAM_MEMBER);
		this.confidentialProject = this.scene
			.project(this.portfolioId, Classification.CONFIDENTIAL, d -> PortfolioScene.withManager(d, pm.id()))
			.id();
	}

	@Test
	void eachChangeOfRatingIsKeptWithWhoWhenAndWhy() {
		Risk risk = record(this.visibleProject, "Supplier goes bankrupt", 2, Map.of("cost", 3));
		Risk rated = this.risks.change(this.manager, risk.id(), risk.version(), withRating(4, Map.of("cost", 5)),
				"The supplier's last accounts show a loss");

		List<RatingChange> history = this.risks.history(this.manager, risk.id());
		assertThat(history).hasSize(2);
		assertThat(history.get(0).score()).isEqualTo(6);
		assertThat(history.get(1).score()).isEqualTo(20);
		assertThat(history.get(1).rating()).isEqualTo(rated.rating()).isEqualTo(Rating.EXTREME);
		assertThat(history.get(1).changedByName()).isEqualTo(this.manager.displayName());
		assertThat(history.get(1).reason()).isEqualTo("The supplier's last accounts show a loss");
		assertThat(history.get(1).changedAt()).isNotNull();
	}

	@Test
	void aChangeOfRatingWithoutAReasonIsRefusedAndChangesNothing() {
		Risk risk = record(this.visibleProject, "Late hardware", 2, Map.of("schedule", 3));
		assertThatThrownBy(() -> this.risks.change(this.manager, risk.id(), risk.version(),
				withRating(3, Map.of("schedule", 3)), " "))
			.isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).field())
			.isEqualTo("reason");
		assertThat(this.risks.risk(this.manager, risk.id()).probability()).isEqualTo(2);
		assertThat(this.risks.history(this.manager, risk.id())).hasSize(1);

		Risk retitled = this.risks.change(this.manager, risk.id(), risk.version(),
				d -> new RiskDraft(d.nature(), "Late server hardware", d.cause(), d.event(), d.effect(), d.category(),
						d.ownerId(), d.probability(), d.impact(), d.proximity(), d.trigger(), d.response(),
						d.residualProbability(), d.residualImpact(), d.links()),
				null);
		assertThat(retitled.title()).isEqualTo("Late server hardware");
		assertThat(this.risks.history(this.manager, risk.id())).hasSize(1);
	}

	@Test
	void aStaleChangeIsRefused() {
		Risk risk = record(this.visibleProject, "Stale", 2, Map.of("schedule", 3));
		this.risks.change(this.manager, risk.id(), risk.version(), withRating(3, Map.of("schedule", 3)), "Worse");
		assertThatThrownBy(() -> this.risks.change(this.manager, risk.id(), risk.version(),
				withRating(1, Map.of("schedule", 1)), "Better"))
			.isInstanceOf(StaleVersionException.class);
		assertThat(this.risks.risk(this.manager, risk.id()).probability()).isEqualTo(3);
	}

	@Test
	void anOccurredRiskBecomesAnIssueThatKeepsItsHistory(PublishedEvents events) {
		Risk risk = this.risks.record(this.manager, this.visibleProject,
				draft("Data centre flood", 2, Map.of("security", 5), this.member.id()));
		this.risks.change(this.manager, risk.id(), risk.version(), withRating(3, Map.of("security", 5)),
				"Heavy rain forecast");
		long version = this.risks.risk(this.manager, risk.id()).version();

		Issue issue = this.risks.occur(this.manager, risk.id(), version, "The basement flooded", null,
				LocalDate.now().plusDays(2));

		assertThat(issue.riskId()).isEqualTo(risk.id());
		assertThat(issue.title()).isEqualTo("Data centre flood");
		assertThat(issue.ownerId()).isEqualTo(this.member.id());
		assertThat(issue.priority()).isEqualTo(Issue.Priority.HIGH);
		assertThat(this.risks.risk(this.manager, risk.id()).status()).isEqualTo(RiskStatus.OCCURRED);
		assertThat(this.risks.issueOf(this.manager, risk.id())).map(Issue::id).contains(issue.id());
		List<RatingChange> history = this.risks.history(this.manager, issue.riskId());
		assertThat(history).extracting(RatingChange::reason)
			.containsExactly("recorded", "Heavy rain forecast", "The basement flooded");
		assertThat(history.get(2).status()).isEqualTo(RiskStatus.OCCURRED);
		assertThat(this.issues.issues(this.manager, this.visibleProject)).extracting(Issue::id).contains(issue.id());
		assertThat(events.ofType(Attention.class)
			.matching(a -> a.personId() == this.member.id() && a.reason().equals("assignment")))
			.extracting(Attention::about)
			.contains(new ObjectRef("risk", risk.id()), new ObjectRef("risk-issue", issue.id()));
	}

	@Test
	void anActionForATeamMemberTellsThemAndIsTheirWorkOverdueFirst(PublishedEvents events) {
		Risk risk = record(this.visibleProject, "Scope creep", 3, Map.of("schedule", 3));
		RiskAction later = this.actions.add(this.manager, risk.id(), null, RiskAction.Kind.MITIGATION,
				"Freeze the scope", this.member.id(), LocalDate.now().plusDays(20));
		RiskAction late = this.actions.add(this.manager, risk.id(), null, RiskAction.Kind.FOLLOW_UP,
				"Chase the sponsor", this.member.id(), LocalDate.now().minusDays(3));

		Actor member = IdentityFixtures.actor(this.member);
		assertThat(this.actions.mine(member, false)).extracting(v -> v.action().id())
			.containsSubsequence(late.id(), later.id());
		assertThat(this.actions.mine(member, true)).extracting(v -> v.action().id()).containsExactly(late.id());
		assertThat(events.ofType(Attention.class).matching(a -> a.personId() == this.member.id()))
			.extracting(Attention::about)
			.contains(new ObjectRef("risk-action", late.id()));
		var work = directory().workFor(member);
		assertThat(work.get(0).object().ref()).isEqualTo(new ObjectRef("risk-action", late.id()));
		assertThat(work.get(0).overdue()).isTrue();
	}

	@Test
	void theOwnerOfAnOverdueActionIsRemindedOncePerDay(PublishedEvents events) {
		Risk risk = record(this.visibleProject, "Late supplier", 3, Map.of("schedule", 3));
		RiskAction late = this.actions.add(this.manager, risk.id(), null, RiskAction.Kind.MITIGATION,
				"Call the supplier", this.member.id(), LocalDate.now().minusDays(2));
		RiskAction dueToday = this.actions.add(this.manager, risk.id(), null, RiskAction.Kind.MITIGATION,
				"Sign the amendment", this.member.id(), LocalDate.now());
		RiskAction done = this.actions.add(this.manager, risk.id(), null, RiskAction.Kind.FOLLOW_UP, "Done already",
				this.member.id(), LocalDate.now().minusDays(5));
		this.actions.complete(this.manager, done.id(), done.version());

		this.reminders.remindOverdueOwners();
		this.reminders.remindOverdueOwners();

		assertThat(events.ofType(Attention.class).matching(a -> a.reason().equals("due")))
			.filteredOn(a -> a.about().kind().equals("risk-action")
					&& java.util.Set.of(late.id(), dueToday.id(), done.id()).contains(a.about().id()))
			.extracting(Attention::personId, Attention::about)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(this.member.id(), new ObjectRef("risk-action", late.id())));
	}

	@Test
	void anOwnerWhoCannotSeeTheProjectIsRefused() {
		PersonSummary outsider = this.identity.person("outsider", ScreeningLevel.ENHANCED);
		assertThatThrownBy(() -> this.risks.record(this.manager, this.visibleProject,
				draft("Outsider", 2, Map.of("cost", 2), outsider.id())))
			.isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).field())
			.isEqualTo("ownerId");
	}

	@Test
	void aConfidentialProjectsRisksAppearInNoListCountHeatMapOrExportOfAReaderWhoMayNotSeeIt() {
		Risk seen = record(this.visibleProject, "Seen", 5, Map.of("schedule", 5));
		Risk hidden = record(this.confidentialProject, "Hidden", 5, Map.of("schedule", 5));
		long reclassified = this.scene
			.project(this.portfolioId, Classification.RESTRICTED, d -> PortfolioScene.withManager(d, this.manager.id()))
			.id();
		this.scene.giveProjectRole(reclassified, this.member, ProjectRole.TEAM_MEMBER);
		Risk once = record(reclassified, "Once visible", 1, Map.of("cost", 1));
		RiskAction hiddenAction = this.actions.add(this.manager, once.id(), null, RiskAction.Kind.MITIGATION,
				"Hidden action", this.member.id(), LocalDate.now().minusDays(1));
		Actor member = IdentityFixtures.actor(this.member);
		assertThat(this.actions.mine(member, false)).extracting(v -> v.action().id()).contains(hiddenAction.id());
		this.scene.classify(reclassified, Classification.CONFIDENTIAL);
		assertThat(this.actions.mine(member, false)).extracting(v -> v.action().id()).doesNotContain(hiddenAction.id());
		assertThat(directory().workFor(member)).extracting(w -> w.object().ref())
			.doesNotContain(new ObjectRef("risk-action", hiddenAction.id()));
		Actor reader = this.lowScreenedOfficer;

		assertThatThrownBy(
				() -> this.risks.register(reader, this.confidentialProject, RiskService.RegisterFilter.none(), 0, 20))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.risks.risk(reader, hidden.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.exchange.xlsx(reader, this.confidentialProject))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.views.projectHeatMap(reader, this.confidentialProject))
			.isInstanceOf(NotFoundException.class);

		RegisterViews.HeatMap readersMap = this.views.portfolioHeatMap(reader, this.portfolioId);
		RegisterViews.HeatMap managersMap = this.views.portfolioHeatMap(this.manager, this.portfolioId);
		assertThat(readersMap.total()).isEqualTo(1);
		assertThat(managersMap.total()).isEqualTo(3);
		assertThat(readersMap.row(5).get(4).before()).isEqualTo(1);
		assertThat(managersMap.row(5).get(4).before()).isEqualTo(2);
		assertThat(this.views.portfolioTopRisks(reader, this.portfolioId, 10)).extracting(Risk::id)
			.containsExactly(seen.id());
		assertThat(this.actions.mine(reader, false)).extracting(v -> v.action().id()).doesNotContain(hiddenAction.id());
		assertThat(directory().workFor(reader)).extracting(w -> w.object().ref())
			.doesNotContain(new ObjectRef("risk-action", hiddenAction.id()));
		assertThat(directory().findVisible(new ObjectRef("risk", hidden.id()), reader)).isEmpty();
		assertThat(directory().findVisible(new ObjectRef("risk", seen.id()), reader)).isPresent();

		PersonSummary stranger = this.identity.person("stranger", ScreeningLevel.ENHANCED);
		assertThatThrownBy(() -> this.views.portfolioHeatMap(IdentityFixtures.actor(stranger), this.portfolioId))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theXlsxExportReopenedWithPoiIsTheRegister() throws Exception {
		record(this.visibleProject, "First, with a comma", 2, Map.of("cost", 3, "quality", 4));
		Risk second = this.risks.record(this.manager, this.visibleProject,
				new RiskDraft(Nature.THREAT, "=SUM(A1)", "cause", "event", "effect", "SECURITY", this.member.id(), 5,
						Map.of("security", 5), LocalDate.parse("2026-12-01"), "trigger", Response.REDUCE, 2,
						Map.of("security", 3), List.of()));

		byte[] xlsx = this.exchange.xlsx(this.manager, this.visibleProject);
		List<List<String>> expected = this.exchange.rows(this.manager, this.visibleProject);
		List<List<String>> read = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			Row head = sheet.getRow(0);
			List<String> header = new ArrayList<>();
			head.forEach(c -> header.add(format.formatCellValue(c)));
			assertThat(header).isEqualTo(RiskExchange.COLUMNS);
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				List<String> row = new ArrayList<>();
				for (int c = 0; c < header.size(); c++) {
					row.add(sheet.getRow(r).getCell(c) == null ? ""
							: format.formatCellValue(sheet.getRow(r).getCell(c)));
				}
				read.add(row);
			}
		}
		assertThat(read).isEqualTo(expected).hasSize(2);
		assertThat(read.get(1)).containsSubsequence(second.code(), "THREAT", "=SUM(A1)")
			.contains(this.member.username(), "25", "EXTREME", "2026-12-01", "REDUCE", "6");

		String csv = new String(this.exchange.csv(this.manager, this.visibleProject), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF" + String.join(",", RiskExchange.COLUMNS))
			.contains("\"First, with a comma\"")
			.contains("'=SUM(A1)");
	}

	@Test
	void aMangledImportChangesNothingAndNamesTheRowAndColumn() {
		String csv = String.join("\n", "Title,Category,Probability,Schedule impact,Cost impact,Owner",
				"Good one,TECHNICAL,3,4,,", "Also good,FINANCIAL,2,,3," + this.member.username(),
				"Bad one,TECHNICAL,9,2,,", "");
		long before = auditEntries();

		assertThatThrownBy(() -> this.exchange.importRegister(this.manager, this.visibleProject, "register.csv",
				csv.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("row 4")
			.hasMessageContaining("Probability");
		assertThat(this.risks.all(this.manager, this.visibleProject)).isEmpty();
		assertThat(auditEntries()).isEqualTo(before);

		String unknownCategory = csv.replace("Bad one,TECHNICAL,9", "Bad one,WEATHER,3");
		assertThatThrownBy(() -> this.exchange.importRegister(this.manager, this.visibleProject, "register.csv",
				unknownCategory.getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("row 4")
			.hasMessageContaining("Category");
		assertThat(this.risks.all(this.manager, this.visibleProject)).isEmpty();

		String good = csv.replace("Bad one,TECHNICAL,9", "Fixed one,TECHNICAL,4");
		assertThat(this.exchange.importRegister(this.manager, this.visibleProject, "register.csv",
				good.getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(3);
		assertThat(this.risks.all(this.manager, this.visibleProject)).extracting(Risk::title)
			.containsExactly("Good one", "Also good", "Fixed one");
	}

	@Test
	void anExportImportsBackIntoAnotherProject() {
		record(this.visibleProject, "Round trip", 3, Map.of("schedule", 2, "cost", 4));
		byte[] xlsx = this.exchange.xlsx(this.manager, this.visibleProject);
		long other = this.scene
			.project(this.portfolioId, Classification.PUBLIC, d -> PortfolioScene.withManager(d, this.manager.id()))
			.id();
		assertThat(this.exchange.importRegister(this.manager, other, "register.xlsx", xlsx)).isEqualTo(1);
		Risk copy = this.risks.all(this.manager, other).get(0);
		assertThat(copy.title()).isEqualTo("Round trip");
		assertThat(copy.impacts().asMap()).isEqualTo(Map.of("schedule", 2, "cost", 4));
		assertThat(copy.score()).isEqualTo(12);
	}

	@Test
	void theRegisterSatisfiesItsGateItemOnceReviewedWithEveryHighThreatAnswered() {
		var stage = this.scene.reload(this.visibleProject).stage();
		Risk high = record(this.visibleProject, "Unanswered", 4, Map.of("schedule", 5));
		assertThat(this.reviews.satisfies(this.visibleProject, stage.name(), "RISK_REGISTER")).isFalse();
		this.reviews.review(this.manager, this.visibleProject, "Monthly review");
		assertThat(this.reviews.satisfies(this.visibleProject, stage.name(), "RISK_REGISTER")).isFalse();
		assertThat(this.reviews.readiness(this.manager, this.visibleProject).unansweredHighRisks()).isEqualTo(1);

		this.risks.change(this.manager, high.id(), high.version(),
				d -> new RiskDraft(d.nature(), d.title(), d.cause(), d.event(), d.effect(), d.category(), d.ownerId(),
						d.probability(), d.impact(), d.proximity(), d.trigger(), Response.REDUCE, null, null,
						d.links()),
				null);
		assertThat(this.reviews.satisfies(this.visibleProject, stage.name(), "RISK_REGISTER")).isTrue();
		assertThat(this.reviews.satisfies(this.visibleProject, "CLOSED", "RISK_REGISTER")).isFalse();
		assertThat(this.reviews.satisfies(this.visibleProject, stage.name(), "PROJECT_PLAN")).isFalse();
	}

	@Test
	void readingTheRegisterWritesNothing() {
		Risk risk = record(this.visibleProject, "Read me", 3, Map.of("schedule", 3));
		this.decisions.record(this.manager, this.visibleProject,
				new DecisionService.DecisionDraft("Accept it", LocalDate.now(), "Board", null, null, risk.id(), null));
		long before = auditEntries();
		long version = risk.version();

		this.risks.register(this.manager, this.visibleProject, RiskService.RegisterFilter.none(), 0, 20);
		this.risks.risk(this.manager, risk.id());
		this.risks.history(this.manager, risk.id());
		this.views.projectHeatMap(this.manager, this.visibleProject);
		this.views.portfolioHeatMap(this.manager, this.portfolioId);
		this.views.exposureTrend(this.manager, this.visibleProject);
		this.exchange.xlsx(this.manager, this.visibleProject);
		this.exchange.csv(this.manager, this.visibleProject);
		this.actions.mine(this.manager, false);
		this.reviews.readiness(this.manager, this.visibleProject);
		this.decisions.decisions(this.manager, this.visibleProject);
		directory().workFor(this.manager);

		assertThat(auditEntries()).isEqualTo(before);
		assertThat(this.risks.risk(this.manager, risk.id()).version()).isEqualTo(version);
	}

	@Test
	void theExposureTrendFollowsTheRatingHistory() {
		Risk a = record(this.visibleProject, "A", 2, Map.of("cost", 2));
		record(this.visibleProject, "B", 3, Map.of("cost", 3));
		this.risks.change(this.manager, a.id(), a.version(), withRating(4, Map.of("cost", 5)), "Worse");
		List<RegisterViews.TrendPoint> trend = this.views.exposureTrend(this.manager, this.visibleProject);
		assertThat(trend).last().extracting(RegisterViews.TrendPoint::exposure).isEqualTo(20 + 9);
	}

	private ObjectDirectory directory() {
		return this.directories.stream().filter(d -> d.kinds().contains("risk")).findFirst().orElseThrow();
	}

	private long auditEntries() {
		return this.audit.count(ScreeningLevel.ENHANCED, new AuditQuery(null, null, null, 0, 50));
	}

	private Risk record(long projectId, String title, int probability, Map<String, Integer> impact) {
		return this.risks.record(this.manager, projectId, draft(title, probability, impact, null));
	}

	private static RiskDraft draft(String title, int probability, Map<String, Integer> impact, Long owner) {
		return new RiskDraft(Nature.THREAT, title, null, null, null, "TECHNICAL", owner, probability, impact, null,
				null, null, null, null, List.of());
	}

	private static Change<RiskDraft> withRating(int probability, Map<String, Integer> impact) {
		return d -> new RiskDraft(d.nature(), d.title(), d.cause(), d.event(), d.effect(), d.category(), d.ownerId(),
				probability, impact, d.proximity(), d.trigger(), d.response(), d.residualProbability(),
				d.residualImpact(), d.links());
	}

}

package org.agilepmo.architecture.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agilepmo.architecture.ArchitectureFixtures;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioRegistry;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.shared.WorkEntry;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The architecture board's rules as people meet them: an ArchiMate model's application
 * components imported (the shared demo model and a small one), a malformed model refused
 * with the element named, the lifecycle's allowed and refused steps, a waiver that
 * expires into a deviation in the project manager's work, an application hidden by its
 * classification, and a review whose approval satisfies the gate item.
 */
@PmoTest
class ArchitectureGovernanceTest {

	@Autowired
	ApplicationService applications;

	@Autowired
	ReviewService reviews;

	@Autowired
	TechnologyUseService uses;

	@Autowired
	TechnologyUses useRepository;

	@Autowired
	ArchitectureDirectory directory;

	@Autowired
	ArchitectureFixtures fixtures;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	PortfolioRegistry registry;

	@Autowired
	MockMvc mvc;

	PersonSummary board;

	Actor boardActor;

	@BeforeEach
	void aBoardMember() {
		this.board = this.fixtures.boardMember();
		this.boardActor = IdentityFixtures.actor(this.board);
	}

	private InputStream resource(String name) {
		return getClass().getResourceAsStream("/architecture/" + name);
	}

	private ApplicationService.ImportResult importing(InputStream model) {
		return this.people.actingAs(this.board, () -> this.applications.importModel(this.boardActor, model,
				Classification.PUBLIC, Hosting.PRIVATE_CLOUD, Lifecycle.RUN));
	}

	// ---- ArchiMate

	@Test
	void theSmallModelsComponentsBecomeApplicationsAndTheirRelationsDependencies() {
		ApplicationService.ImportResult result = importing(resource("small-model.xml"));

		assertThat(result.model()).isEqualTo("Small payroll landscape");
		assertThat(result.created() + result.updated()).isLessThanOrEqualTo(3);
		Map<String, Application> byExternal = new java.util.HashMap<>();
		this.applications.visible(this.boardActor)
			.stream()
			.filter(a -> a.externalId() != null)
			.forEach(a -> byExternal.put(a.externalId(), a));
		assertThat(byExternal).containsKeys("id-payroll", "id-hr-core", "id-ledger").doesNotContainKey("id-pay-staff");
		Application payroll = byExternal.get("id-payroll");
		assertThat(payroll.name()).isEqualTo("Payroll");
		assertThat(payroll.description()).isEqualTo("Pays staff every month.");
		List<Dependency> deps = this.applications.dependenciesOf(this.boardActor, payroll.id());
		// HR core serves payroll: payroll depends on it; payroll's postings flow to the
		// ledger.
		assertThat(deps).anySatisfy(d -> {
			assertThat(d.fromId()).isEqualTo(payroll.id());
			assertThat(d.toId()).isEqualTo(byExternal.get("id-hr-core").id());
			assertThat(d.kind()).isEqualTo("Serving");
		});
		assertThat(deps).anySatisfy(d -> {
			assertThat(d.fromId()).isEqualTo(payroll.id());
			assertThat(d.toId()).isEqualTo(byExternal.get("id-ledger").id());
			assertThat(d.kind()).isEqualTo("Flow");
		});

		ApplicationService.ImportResult again = importing(resource("small-model.xml"));
		assertThat(again.created()).isZero();
		assertThat(again.dependencies()).isZero();
	}

	@Test
	void theSmallModelIsValidAgainstThePublishedSchema() throws Exception {
		ArchiMateSchemas.requireOrSkip();
		ArchiMateSchemas.validate(ArchiMateSchemas.modelSchema(), resource("small-model.xml"));
	}

	@Test
	void theSharedDemoModelIsValidAndItsApplicationComponentsAreImported() throws Exception {
		ArchiMateSchemas.requireOrSkip();
		java.nio.file.Path demo = ArchiMateSchemas.folder().resolve("demo_archimate3.xml");
		try (InputStream in = Files.newInputStream(demo)) {
			ArchiMateSchemas.validate(ArchiMateSchemas.diagramSchema(), in);
		}
		ArchiMateModel model;
		try (InputStream in = Files.newInputStream(demo)) {
			model = ArchiMateModel.read(in);
		}
		assertThat(model.applicationComponents()).hasSize(35);

		ApplicationService.ImportResult result;
		try (InputStream in = Files.newInputStream(demo)) {
			result = importing(in);
		}
		assertThat(result.created() + result.updated()).isLessThanOrEqualTo(35);
		long imported = this.applications.visible(this.boardActor)
			.stream()
			.filter(a -> model.applicationComponents()
				.stream()
				.anyMatch(c -> c.identifier().equals(a.externalId()) && c.name().equals(a.name())))
			.count();
		assertThat(imported).isEqualTo(35);
		assertThat(this.applications.graph(this.boardActor).edges()).isNotEmpty();
	}

	@Test
	void aModelWithAnElementWithoutATypeIsRefusedNamingTheElement() throws Exception {
		assertThatThrownBy(() -> importing(resource("malformed-model.xml"))).isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("id-expenses")
			.hasMessageContaining("Expense claims");
		assertThat(this.applications.visible(this.boardActor)).noneMatch(a -> "id-travel".equals(a.externalId()));

		assertThatThrownBy(() -> importing(resource("dangling-model.xml"))).isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("id-rel-dangling")
			.hasMessageContaining("delivers to")
			.hasMessageContaining("id-nowhere");
	}

	@Test
	void thePublishedSchemaRefusesTheMalformedModelsToo() throws Exception {
		ArchiMateSchemas.requireOrSkip();
		var schema = ArchiMateSchemas.modelSchema();
		assertThatThrownBy(() -> ArchiMateSchemas.validate(schema, resource("malformed-model.xml")))
			.isInstanceOf(SAXParseException.class);
		assertThatThrownBy(() -> ArchiMateSchemas.validate(schema, resource("dangling-model.xml")))
			.isInstanceOf(SAXParseException.class);
	}

	@Test
	void aFileThatIsNotXmlIsRefusedWithItsLine() {
		assertThatThrownBy(() -> importing(new java.io.ByteArrayInputStream("<model>\n<oops".getBytes())))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("line 2");
	}

	// ---- lifecycle

	@Test
	void anApplicationMovesOneAllowedStepAtATimeWithItsDates() {
		long id = this.fixtures.application(this.board, Classification.PUBLIC);
		long version = this.fixtures.applicationVersion(this.board, id);
		LocalDate today = LocalDate.now();

		assertThatThrownBy(() -> this.people.actingAs(this.board,
				() -> this.applications.move(this.boardActor, id, version, Lifecycle.RETIRED, today)))
			.isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).field()).isEqualTo("lifecycle"));
		assertThatThrownBy(() -> this.people.actingAs(this.board,
				() -> this.applications.move(this.boardActor, id, version, Lifecycle.BUILD, today)))
			.isInstanceOf(RuleViolationException.class);

		Application phasing = this.people.actingAs(this.board,
				() -> this.applications.move(this.boardActor, id, version, Lifecycle.PHASE_OUT, today));
		assertThat(phasing.lifecycle()).isEqualTo(Lifecycle.PHASE_OUT);
		assertThatThrownBy(() -> this.people.actingAs(this.board,
				() -> this.applications.move(this.boardActor, id, phasing.version(), Lifecycle.RETIRED,
						today.minusYears(2))))
			.isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).field()).isEqualTo("effectiveOn"));
		Application retired = this.people.actingAs(this.board, () -> this.applications.move(this.boardActor, id,
				phasing.version(), Lifecycle.RETIRED, today.plusDays(1)));
		assertThat(retired.lifecycle()).isEqualTo(Lifecycle.RETIRED);
		assertThat(this.applications.steps(this.boardActor, id)).extracting(LifecycleStep::stage)
			.containsExactly(Lifecycle.RUN, Lifecycle.PHASE_OUT, Lifecycle.RETIRED);
		assertThatThrownBy(() -> this.people.actingAs(this.board,
				() -> this.applications.move(this.boardActor, id, retired.version(), Lifecycle.RUN, today.plusDays(2))))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> this.people.actingAs(this.board,
				() -> this.applications.move(this.boardActor, id, version, Lifecycle.RUN, today)))
			.isInstanceOf(org.agilepmo.shared.StaleVersionException.class);
	}

	// ---- classification

	@Test
	void aConfidentialApplicationIsAbsentForSomeoneNotClearedForIt() throws Exception {
		long secret = this.fixtures.application(this.board, Classification.CONFIDENTIAL);
		long open = this.fixtures.application(this.board, Classification.PUBLIC);
		long version = this.fixtures.applicationVersion(this.board, open);
		this.people.actingAs(this.board, () -> this.applications.depend(this.boardActor, open, version, secret, null));
		PersonSummary basic = this.people.person("basic", ScreeningLevel.BASIC);
		Actor reader = IdentityFixtures.actor(basic);

		assertThatThrownBy(() -> this.applications.get(reader, secret)).isInstanceOf(NotFoundException.class);
		assertThat(this.applications.visible(reader)).extracting(Application::id).contains(open).doesNotContain(secret);
		ApplicationService.Graph graph = this.applications.graph(reader);
		assertThat(graph.nodes()).extracting(Application::id).doesNotContain(secret);
		assertThat(graph.edges()).noneMatch(d -> d.toId() == secret || d.fromId() == secret);
		assertThat(this.applications.dependenciesOf(reader, open)).isEmpty();
		assertThat(this.applications.dependenciesOf(this.boardActor, open)).hasSize(1);

		this.mvc.perform(get("/api/v1/architecture/applications/" + secret).with(this.people.as(basic)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/architecture/applications/" + secret).with(this.people.as(basic)))
			.andExpect(status().isNotFound());
		String list = this.mvc.perform(get("/api/v1/architecture/applications").with(this.people.as(basic)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("\"id\":" + open).doesNotContain("\"id\":" + secret + ",");
		String graphJson = this.mvc.perform(get("/api/v1/architecture/graph").with(this.people.as(basic)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(graphJson).doesNotContain("\"id\":" + secret + ",");
	}

	// ---- waivers

	@Test
	void anExpiredWaiverIsADeviationOfTheProjectAndInItsManagersWork() {
		PortfolioScene scene = this.portfolioFixtures.scene();
		PersonSummary pm = this.people.person("pm", ScreeningLevel.BASIC);
		long projectId = scene
			.project(scene.portfolio().id(), Classification.PUBLIC, d -> PortfolioScene.withManager(d, pm.id()))
			.id();
		Actor manager = IdentityFixtures.actor(pm);
		long onHold = this.fixtures.entry(this.board, Ring.HOLD);

		assertThatThrownBy(
				() -> this.people.actingAs(pm, () -> this.uses.declare(manager, projectId, onHold, null, null, null)))
			.isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).field()).isEqualTo("waiverReason"));
		long useId = this.fixtures.unknownTechnology(pm, projectId);
		this.people.actingAs(pm, () -> this.uses.declare(manager, projectId, onHold, null, "Until the migration",
				LocalDate.now().plusMonths(2)));
		assertThat(this.uses.deviations(manager, projectId)).isEmpty();
		assertThat(this.directory.workFor(manager)).noneMatch(w -> w.reasonKey().startsWith("work.technology-waiver"));

		TechnologyUse use = this.useRepository.findById(useId).orElseThrow();
		LocalDate past = LocalDate.now().minusDays(3);
		use.waive("Ran out", past, this.board.id(), past.minusDays(10));
		this.useRepository.saveAndFlush(use);

		assertThat(this.uses.deviations(manager, projectId)).extracting(v -> v.use().id()).containsExactly(useId);
		List<WorkEntry> work = this.directory.workFor(manager);
		assertThat(work).anySatisfy(w -> {
			assertThat(w.reasonKey()).isEqualTo("work.technology-waiver.expired");
			assertThat(w.overdue()).isTrue();
			assertThat(w.object().link()).isEqualTo("/projects/" + projectId + "/architecture");
		});

		TechnologyUse renewed = this.people.actingAs(this.board, () -> this.uses.renewWaiver(this.boardActor, useId,
				this.fixtures.useVersion(this.board, useId), "Extended", LocalDate.now().plusMonths(1)));
		assertThat(renewed.waiverExpired(LocalDate.now())).isFalse();
		assertThat(this.uses.deviations(manager, projectId)).isEmpty();
		assertThatThrownBy(
				() -> this.uses.renewWaiver(manager, useId, renewed.version(), "Mine", LocalDate.now().plusMonths(1)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	// ---- reviews and the gate

	@Test
	void anApprovalWithConditionsSatisfiesTheGateItemAndTheConditionIsTheOwnersAction() {
		PortfolioScene scene = this.portfolioFixtures.scene();
		PersonSummary pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		PersonSummary pm = this.people.person("pm", ScreeningLevel.BASIC);
		long projectId = scene
			.project(scene.portfolio().id(), Classification.PUBLIC, d -> PortfolioScene.withManager(d, pm.id()))
			.id();
		this.registry.changeStage(IdentityFixtures.actor(pmo), projectId, Stage.SCOPING, "Scoping");

		long reviewId = this.fixtures.review(pm, projectId);
		assertThat(this.reviews.get(this.boardActor, reviewId).gateStage()).isEqualTo(Stage.PLANNING);
		assertThat(this.reviews.satisfies(projectId, "SCOPING", "ARCHITECTURE_APPROVAL")).isFalse();
		assertThatThrownBy(() -> this.reviews.decide(IdentityFixtures.actor(pm), reviewId, 0, ReviewDecision.APPROVED,
				null, List.of()))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		long version = this.fixtures.reviewVersion(this.board, reviewId);
		assertThatThrownBy(
				() -> this.people.actingAs(this.board,
						() -> this.reviews.decide(this.boardActor, reviewId, version,
								ReviewDecision.APPROVED_WITH_CONDITIONS, null, List.of())))
			.isInstanceOf(RuleViolationException.class);

		long conditionId = this.fixtures.approveWithCondition(this.board, reviewId, pm);

		assertThat(this.reviews.satisfies(projectId, "SCOPING", "ARCHITECTURE_APPROVAL")).isTrue();
		assertThat(this.reviews.satisfies(projectId, "SCOPING", "DATA_PROTECTION_REVIEW")).isFalse();
		assertThat(this.reviews.satisfies(projectId, "PLANNING", "ARCHITECTURE_APPROVAL")).isFalse();
		assertThat(this.directory.workFor(IdentityFixtures.actor(pm))).anySatisfy(w -> {
			assertThat(w.reasonKey()).isEqualTo("work.review-condition.open");
			assertThat(w.object().ref().id()).isEqualTo(conditionId);
		});
		this.people.actingAs(pm, () -> this.reviews.conditionDone(IdentityFixtures.actor(pm), conditionId,
				this.fixtures.conditionVersion(pm, conditionId)));
		assertThat(this.directory.workFor(IdentityFixtures.actor(pm)))
			.noneMatch(w -> w.object().ref().kind().equals(ReviewService.CONDITION));
	}

	@Test
	void aRejectionLeavesTheGateItemOpen() {
		PortfolioScene scene = this.portfolioFixtures.scene();
		PersonSummary pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		PersonSummary pm = this.people.person("pm", ScreeningLevel.BASIC);
		long projectId = scene
			.project(scene.portfolio().id(), Classification.PUBLIC, d -> PortfolioScene.withManager(d, pm.id()))
			.id();
		this.registry.changeStage(IdentityFixtures.actor(pmo), projectId, Stage.SCOPING, "Scoping");
		long reviewId = this.fixtures.review(pm, projectId);
		long version = this.fixtures.reviewVersion(this.board, reviewId);
		assertThatThrownBy(() -> this.people.actingAs(this.board,
				() -> this.reviews.decide(this.boardActor, reviewId, version, ReviewDecision.REJECTED, null,
						List.of())))
			.isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).field()).isEqualTo("decisionNote"));
		this.people.actingAs(this.board, () -> this.reviews.decide(this.boardActor, reviewId, version,
				ReviewDecision.REJECTED, "Does not meet the hosting standard", List.of()));
		assertThat(this.reviews.satisfies(projectId, "SCOPING", "ARCHITECTURE_APPROVAL")).isFalse();
		assertThat(Set.of(ReviewDecision.values())).contains(ReviewDecision.REJECTED);
	}

}

package org.agilepmo.governance.internal;

import java.util.List;

import org.agilepmo.audit.AuditEntryView;
import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioRegistry;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.shared.StaleVersionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A governed project's gates: an open mandatory item refuses the stage change (through
 * the portfolio's guard), sign-offs and PMO waivers open it, and each is audited.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles("test")
@Import({ IdentityFixtures.class, PortfolioFixtures.class })
class StageGateEnforcementTest {

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	PortfolioRegistry registry;

	@Autowired
	GateService gates;

	@Autowired
	AuditTrail audit;

	PortfolioScene scene;

	Actor pmo;

	Actor manager;

	PersonSummary pm;

	long projectId;

	@BeforeEach
	void aGovernedProject() {
		this.scene = this.portfolioFixtures.scene();
		this.pmo = PortfolioScene.actor(this.scene.officer());
		PersonSummary pm = this.identity.person("pm", ScreeningLevel.BASIC);
		this.pm = pm;
		this.manager = PortfolioScene.actor(pm);
		long portfolio = this.scene.portfolio().id();
		this.projectId = this.scene
			.project(portfolio, Classification.RESTRICTED, d -> PortfolioScene.withManager(d, pm.id()))
			.id();
		this.gates.govern(this.manager, this.projectId);
	}

	@Test
	void anOpenMandatoryItemRefusesTheStageChangeNamingTheItems() {
		assertThatThrownBy(() -> this.registry.changeStage(this.manager, this.projectId, Stage.SCOPING, "Go"))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("BUSINESS_CASE")
			.hasMessageContaining("PROJECT_CHARTER")
			.extracting(ex -> ((RuleViolationException) ex).field())
			.isEqualTo("stage");
		assertThat(this.scene.reload(this.projectId).stage()).isEqualTo(Stage.CONCEPT);
	}

	@Test
	void signingOffEveryMandatoryItemOpensTheGate() {
		GateView gate = this.gates.gate(this.pmo, this.projectId, Stage.SCOPING);
		gate = this.gates.signOff(this.pmo, this.projectId, Stage.SCOPING, gate.gate().version(), "BUSINESS_CASE",
				"https://docs.example.org/case", "Approved note");
		assertThatThrownBy(() -> this.registry.changeStage(this.manager, this.projectId, Stage.SCOPING, "Go"))
			.hasMessageContaining("PROJECT_CHARTER")
			.message()
			.doesNotContain("BUSINESS_CASE");
		this.gates.nameSignatory(this.pmo, this.projectId, SignOffRole.SPONSOR, this.pm.id());
		gate = this.gates.signOff(this.manager, this.projectId, Stage.SCOPING, gate.gate().version(), "PROJECT_CHARTER",
				"https://docs.example.org/charter", null);
		assertThat(gate.gate().isPassable()).isTrue();
		assertThat(gate.gate().item("PROJECT_CHARTER").actedByName()).isEqualTo(this.manager.displayName());
		assertThat(this.registry.changeStage(this.manager, this.projectId, Stage.SCOPING, "Gate passed").stage())
			.isEqualTo(Stage.SCOPING);
	}

	@Test
	void aProjectManagerMayNotSignAPmoItemNorWaive() {
		long version = this.gates.gate(this.manager, this.projectId, Stage.SCOPING).gate().version();
		assertThatThrownBy(() -> this.gates.signOff(this.manager, this.projectId, Stage.SCOPING, version,
				"BUSINESS_CASE", null, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.gates.waive(this.manager, this.projectId, Stage.SCOPING, version,
				"PROJECT_CHARTER", "Too slow"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.gates.gate(this.pmo, this.projectId, Stage.SCOPING).gate().blockers()).hasSize(2);
	}

	@Test
	void anItemOfANamedRoleIsSignedOnlyByThePeopleThePmoNamed() {
		PersonSummary sponsor = this.identity.person("sponsor", ScreeningLevel.ENHANCED);
		PersonSummary unscreened = this.identity.person("unscreened", ScreeningLevel.NONE);
		PersonSummary outsider = this.identity.person("outsider", ScreeningLevel.ENHANCED);
		this.scene.giveProjectRole(this.projectId, sponsor, org.agilepmo.portfolio.ProjectRole.SPONSOR);
		Actor sponsorActor = PortfolioScene.actor(sponsor);
		long version = this.gates.gate(this.pmo, this.projectId, Stage.SCOPING).gate().version();
		// The project manager is not the sponsor, and may not name one.
		assertThatThrownBy(() -> this.gates.signOff(this.manager, this.projectId, Stage.SCOPING, version,
				"PROJECT_CHARTER", null, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> this.gates.nameSignatory(this.manager, this.projectId, SignOffRole.SPONSOR, this.pm.id()))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.gates.gate(this.manager, this.projectId, Stage.SCOPING).signAs())
			.containsExactly(SignOffRole.PROJECT_MANAGER);
		// No one is named for the PMO's items, nor someone the project's classification
		// hides from.
		assertThatThrownBy(
				() -> this.gates.nameSignatory(this.pmo, this.projectId, SignOffRole.PMO_OFFICER, sponsor.id()))
			.isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).field())
			.isEqualTo("role");
		assertThatThrownBy(
				() -> this.gates.nameSignatory(this.pmo, this.projectId, SignOffRole.SPONSOR, unscreened.id()))
			.isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).field())
			.isEqualTo("personId");

		assertThatThrownBy(() -> this.gates.nameSignatory(this.pmo, this.projectId, SignOffRole.SPONSOR, outsider.id()))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("does not see the project");

		assertThat(this.gates.nameSignatory(this.pmo, this.projectId, SignOffRole.SPONSOR, sponsor.id()))
			.extracting(GateService.SignatoryView::role, GateService.SignatoryView::personId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(SignOffRole.SPONSOR, sponsor.id()));
		this.gates.removeSignatory(this.pmo, this.projectId, SignOffRole.SPONSOR, sponsor.id());
		assertThat(this.gates.signatories(this.pmo, this.projectId)).isEmpty();
		this.gates.nameSignatory(this.pmo, this.projectId, SignOffRole.SPONSOR, sponsor.id());
		GateView gate = this.gates.signOff(sponsorActor, this.projectId, Stage.SCOPING, version, "PROJECT_CHARTER",
				"https://docs.example.org/charter", "Signed for the board");
		assertThat(gate.gate().item("PROJECT_CHARTER").actedByName()).isEqualTo(sponsor.displayName());
		// The sponsor signs as sponsor only.
		long after = gate.gate().version();
		assertThatThrownBy(() -> this.gates.signOff(sponsorActor, this.projectId, Stage.SCOPING, after, "BUSINESS_CASE",
				null, null))
			.isInstanceOf(AccessDeniedException.class);

		List<AuditEntryView> entries = this.audit.browse(ScreeningLevel.ENHANCED,
				new AuditQuery("gate-signatory", null, null, 0, 50));
		assertThat(entries).extracting(AuditEntryView::action)
			.contains("gate-signatory.named", "gate-signatory.removed");
	}

	@Test
	void thePmoWaivesWithAReasonAndTheWaiverIsAudited() {
		long version = this.gates.gate(this.pmo, this.projectId, Stage.SCOPING).gate().version();
		assertThatThrownBy(
				() -> this.gates.waive(this.pmo, this.projectId, Stage.SCOPING, version, "PROJECT_CHARTER", "  "))
			.isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).field())
			.isEqualTo("reason");
		GateView gate = this.gates.waive(this.pmo, this.projectId, Stage.SCOPING, version, "PROJECT_CHARTER",
				"Charter folded into the approved note");
		gate = this.gates.waive(this.pmo, this.projectId, Stage.SCOPING, gate.gate().version(), "BUSINESS_CASE",
				"Approved by the board");
		assertThat(gate.gate().item("PROJECT_CHARTER").status()).isEqualTo(GateItemStatus.WAIVED);
		assertThat(this.registry.changeStage(this.pmo, this.projectId, Stage.SCOPING, "Waived").stage())
			.isEqualTo(Stage.SCOPING);
		List<AuditEntryView> entries = this.audit.browse(ScreeningLevel.ENHANCED,
				new AuditQuery("stage-gate", String.valueOf(gate.gate().id()), null, 0, 20));
		assertThat(entries).extracting(AuditEntryView::action).contains("stage-gate.waived");
		assertThat(entries).extracting(AuditEntryView::summary)
			.anyMatch(s -> s != null && s.contains("Charter folded into the approved note"));
	}

	@Test
	void thePmoWaivesAWholeGateWithOneReasonAsOneAuditedStep() {
		long version = this.gates.gate(this.pmo, this.projectId, Stage.SCOPING).gate().version();
		assertThatThrownBy(
				() -> this.gates.waiveGate(this.manager, this.projectId, Stage.SCOPING, version, "Fast track"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.gates.waiveGate(this.pmo, this.projectId, Stage.SCOPING, version, " "))
			.isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).field())
			.isEqualTo("reason");
		assertThat(this.gates.gate(this.pmo, this.projectId, Stage.SCOPING).gate().blockers()).hasSize(2);

		GateView gate = this.gates.waiveGate(this.pmo, this.projectId, Stage.SCOPING, version,
				"Emergency procurement approved by the board");
		assertThat(gate.gate().items()).extracting(GateItem::status).containsOnly(GateItemStatus.WAIVED);
		assertThat(this.registry.changeStage(this.manager, this.projectId, Stage.SCOPING, "Waived gate").stage())
			.isEqualTo(Stage.SCOPING);
		List<AuditEntryView> entries = this.audit.browse(ScreeningLevel.ENHANCED,
				new AuditQuery("stage-gate", String.valueOf(gate.gate().id()), null, 0, 20));
		assertThat(entries).filteredOn(e -> e.action().equals("stage-gate.gate-waived"))
			.singleElement()
			.extracting(AuditEntryView::summary)
			.asString()
			.contains("BUSINESS_CASE", "PROJECT_CHARTER", "Emergency procurement approved by the board");
		long after = gate.gate().version();
		assertThatThrownBy(() -> this.gates.waiveGate(this.pmo, this.projectId, Stage.SCOPING, after, "Again"))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("no open mandatory item");
	}

	@Test
	void aStaleGateVersionChangesNothing() {
		long version = this.gates.gate(this.pmo, this.projectId, Stage.SCOPING).gate().version();
		this.gates.signOff(this.pmo, this.projectId, Stage.SCOPING, version, "BUSINESS_CASE", null, null);
		assertThatThrownBy(() -> this.gates.signOff(this.manager, this.projectId, Stage.SCOPING, version,
				"PROJECT_CHARTER", null, null))
			.isInstanceOf(StaleVersionException.class);
		assertThat(this.gates.gate(this.pmo, this.projectId, Stage.SCOPING).gate().item("PROJECT_CHARTER").status())
			.isEqualTo(GateItemStatus.OPEN);
	}

	@Test
	void puttingOnHoldOrCancellingIsNotGated() {
		assertThat(this.registry.changeStage(this.manager, this.projectId, Stage.ON_HOLD, "Budget freeze").stage())
			.isEqualTo(Stage.ON_HOLD);
		assertThat(this.registry.changeStage(this.manager, this.projectId, Stage.CONCEPT, "Resumed").stage())
			.isEqualTo(Stage.CONCEPT);
	}

	@Test
	void anUngovernedProjectMovesFreely() {
		PortfolioScene.ProjectRef free = this.scene.project(this.scene.portfolio().id(), Classification.PUBLIC);
		assertThat(this.registry.changeStage(this.pmo, free.id(), Stage.SCOPING, "Go").stage())
			.isEqualTo(Stage.SCOPING);
		assertThat(this.gates.gatesOf(this.pmo, free.id())).isEmpty();
	}

	@Test
	void theGoLiveGateIsTheReadinessChecklist() {
		GateView goLive = this.gates.gate(this.pmo, this.projectId, Stage.GO_LIVE);
		assertThat(goLive.gate().items()).extracting(GateItem::code)
			.contains("TEST_REPORT", "SECURITY_ACCREDITATION", "TRAINING_MATERIAL", "OPERATIONS_AWARENESS",
					"OPERATIONS_HANDOVER", "SUPPORT_DOCUMENTATION");
	}

	@Test
	void someoneWhoMayNotSeeTheProjectSeesNoGate() {
		Actor outsider = PortfolioScene.actor(this.identity.person("outsider", ScreeningLevel.ENHANCED));
		Actor lowPmo = PortfolioScene
			.actor(this.identity.person("lowpmo", ScreeningLevel.NONE, org.agilepmo.shared.GlobalRole.PMO_OFFICER));
		assertThatThrownBy(() -> this.gates.gatesOf(outsider, this.projectId)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.gates.waive(lowPmo, this.projectId, Stage.SCOPING, 0, "BUSINESS_CASE", "x"))
			.isInstanceOf(NotFoundException.class);
	}

}

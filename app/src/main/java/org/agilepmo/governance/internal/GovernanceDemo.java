package org.agilepmo.governance.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agilepmo.identity.ActingAs;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioRegistry;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.DemoContribution;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo governance: every active project past concept (not on hold, not cancelled) is
 * under gate governance, with the demo people named as its signatories (the sponsor, the
 * business owner, the CTO for the architecture board, the solution architect for
 * security, the test engineer for quality, the head of Development for operations and the
 * service desk). The gates it has passed were waived by the PMO, since the project passed
 * them before the platform governed it; in its next gate the PMO's items are signed by
 * the PMO head and the others wait for their signatories.
 */
@Component
@Order(5)
@ConditionalOnBooleanProperty("pmo.demo.enabled")
class GovernanceDemo implements DemoContribution {

	private static final Map<SignOffRole, String> SIGNATORIES = new LinkedHashMap<>();

	static {
		SIGNATORIES.put(SignOffRole.SPONSOR, "sponsor");
		SIGNATORIES.put(SignOffRole.ARCHITECTURE_BOARD, "cto");
		SIGNATORIES.put(SignOffRole.SECURITY_OFFICER, "architect");
		SIGNATORIES.put(SignOffRole.QUALITY_ASSURANCE, "qa.nadia");
		SIGNATORIES.put(SignOffRole.OPERATIONS, "cc.head");
		SIGNATORIES.put(SignOffRole.SERVICE_DESK, "cc.head");
	}

	private final GateService gates;

	private final ProjectCatalogue projects;

	private final PortfolioRegistry registry;

	private final People people;

	private final ActingAs actingAs;

	GovernanceDemo(GateService gates, ProjectCatalogue projects, PortfolioRegistry registry, People people,
			ActingAs actingAs) {
		this.actingAs = actingAs;
		this.gates = gates;
		this.projects = projects;
		this.registry = registry;
		this.people = people;
	}

	@Override
	public void write() {
		Actor admin = CurrentActor.require();
		Optional<Actor> pmoHead = actor("pmo.head");
		for (ProjectOverview project : this.projects.listVisible(admin)) {
			if (project.stage() == Stage.CONCEPT || project.stage() == Stage.CANCELLED
					|| project.stage() == Stage.ON_HOLD) {
				continue;
			}
			this.gates.govern(admin, project.id());
			nameSignatories(admin, project);
			Stage reached = project.stage();
			for (Stage stage : DefaultGates.GATED) {
				GateView gate = this.gates.gate(admin, project.id(), stage);
				if (stage.ordinal() <= reached.ordinal()) {
					if (!gate.gate().blockers().isEmpty()) {
						this.gates.waiveGate(admin, project.id(), stage, gate.gate().version(),
								"Passed before the platform governed this project");
					}
				}
				else if (stage == DefaultGates.next(reached) && pmoHead.isPresent()
						&& pmoHead.get().clears(project.classification())) {
					this.actingAs.run("pmo.head", () -> signPmoItems(pmoHead.get(), project.id(), stage));
				}
			}
		}
	}

	private void nameSignatories(Actor admin, ProjectOverview project) {
		Map<SignOffRole, String> named = new LinkedHashMap<>(SIGNATORIES);
		named.put(SignOffRole.BUSINESS_OWNER,
				project.classification() == Classification.CONFIDENTIAL ? "unit.coord" : "business.owner");
		for (Map.Entry<SignOffRole, String> entry : named.entrySet()) {
			Optional<PersonSummary> person = this.people.findByUsername(entry.getValue());
			if (person.isEmpty() || !person.get().screening().clears(project.classification())) {
				continue;
			}
			Actor as = toActor(person.get());
			if (this.projects.findVisible(project.id(), as).isEmpty()) {
				this.registry.grant(admin, project.id(), person.get().id(), ProjectRole.VIEWER);
			}
			this.gates.nameSignatory(admin, project.id(), entry.getKey(), person.get().id());
		}
	}

	private void signPmoItems(Actor pmo, long projectId, Stage stage) {
		List<GateItem> items = this.gates.gate(pmo, projectId, stage).gate().items();
		for (GateItem item : items) {
			if (item.signOffRole() == SignOffRole.PMO_OFFICER && !item.status().isClosed()) {
				long version = this.gates.gate(pmo, projectId, stage).gate().version();
				this.gates.signOff(pmo, projectId, stage, version, item.code(),
						"https://intranet.example/pmo/" + projectId + "/" + item.code().toLowerCase(),
						"Checked by the PMO");
			}
		}
	}

	private Optional<Actor> actor(String username) {
		return this.people.findByUsername(username).map(GovernanceDemo::toActor);
	}

	private static Actor toActor(PersonSummary p) {
		return new Actor(p.id(), p.username(), p.displayName(), p.screening(), p.roles());
	}

}

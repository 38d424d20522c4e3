package org.agilepmo.governance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.WorkEntry;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's stage gates for the workspace (their items are part of the gate, audited as
 * the gate): visible to whoever may see the project, attached to by whoever may change
 * it. A person's work: the open items of the next gate of each project they may sign as
 * (named signatory, project manager, PMO), and, for the PMO, next gates whose mandatory
 * items are all closed, where the decision to move the project on is theirs.
 */
@Component
class GovernanceObjects implements ObjectDirectory {

	private final ProjectGates gates;

	private final ProjectCatalogue catalogue;

	private final GateService service;

	private final MessageSource messages;

	GovernanceObjects(ProjectGates gates, ProjectCatalogue catalogue, GateService service, MessageSource messages) {
		this.gates = gates;
		this.catalogue = catalogue;
		this.service = service;
		this.messages = messages;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(GateService.ENTITY);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		if (!GateService.ENTITY.equals(ref.kind())) {
			return Optional.empty();
		}
		return this.gates.findById(ref.id())
			.flatMap(g -> this.catalogue.findVisible(g.projectId(), actor).map(p -> card(g, p.code(), p.name())));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayAttach(ObjectRef ref, Actor actor) {
		return findVisible(ref, actor).map(c -> this.catalogue.mayEdit(c.projectId(), actor)).orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchText> searchText(ObjectRef ref) {
		if (!GateService.ENTITY.equals(ref.kind())) {
			return Optional.empty();
		}
		return this.gates.findById(ref.id())
			.map(g -> new SearchText(title(g.targetStage()),
					String.join(" ", g.items().stream().map(GateItem::title).toList()), g.projectId(),
					g.classification()));
	}

	@Override
	@Transactional(readOnly = true)
	public Stream<ObjectRef> all(String kind) {
		if (!GateService.ENTITY.equals(kind)) {
			return Stream.empty();
		}
		return this.gates.findAll().stream().map(g -> new ObjectRef(kind, g.id())).toList().stream();
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkEntry> workFor(Actor actor) {
		List<WorkEntry> toSign = new ArrayList<>();
		List<WorkEntry> toDecide = new ArrayList<>();
		for (ProjectOverview project : this.catalogue.listVisible(actor)) {
			Stage next = DefaultGates.next(project.stage());
			if (next == null) {
				continue;
			}
			Optional<ProjectGate> gate = this.gates.findByProjectIdAndTargetStage(project.id(), next);
			if (gate.isEmpty()) {
				continue;
			}
			ProjectSummary summary = this.catalogue.findVisible(project.id(), actor).orElseThrow();
			Set<SignOffRole> signAs = this.service.rolesOf(actor, summary);
			ObjectCard card = card(gate.get(), project.code(), project.name());
			boolean mine = gate.get()
				.items()
				.stream()
				.anyMatch(i -> !i.status().isClosed() && signAs.contains(i.signOffRole()));
			if (mine) {
				toSign.add(new WorkEntry(card, "work.gate-item.to-sign", project.plannedFinish(), false));
			}
			else if (gate.get().isPassable() && actor.isPortfolioWide()) {
				toDecide.add(new WorkEntry(card, "work.gate.to-decide", null, false));
			}
		}
		toSign.addAll(toDecide);
		return toSign;
	}

	private ObjectCard card(ProjectGate gate, String projectCode, String projectName) {
		return new ObjectCard(new ObjectRef(GateService.ENTITY, gate.id()),
				title(gate.targetStage()) + " · " + projectName, projectCode,
				"/projects/" + gate.projectId() + "/gates#gate-" + gate.targetStage(), gate.projectId(),
				gate.classification());
	}

	private String title(Stage target) {
		String stage = this.messages.getMessage("stage." + target, null, target.name(),
				LocaleContextHolder.getLocale());
		return target == Stage.GO_LIVE
				? this.messages.getMessage("governance.gates.readiness", null, stage, LocaleContextHolder.getLocale())
				: this.messages.getMessage("governance.gates.into", new Object[] { stage }, stage,
						LocaleContextHolder.getLocale());
	}

}

package org.agilepmo.risk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.WorkEntry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's risks, issues, actions and decisions as the rest of the platform may see
 * them: through the project's access rule, exactly as the register's own lists. A
 * person's work here is their open actions (overdue first) and the open issues they own.
 */
@Component
class RiskDirectory implements ObjectDirectory {

	private static final Set<String> KINDS = Set.of(RiskService.ENTITY, IssueService.ENTITY, ActionService.ENTITY,
			DecisionService.ENTITY);

	private final Risks risks;

	private final Issues issues;

	private final RiskActions actions;

	private final Decisions decisions;

	private final RegisterAccess access;

	private final Overdue overdue;

	RiskDirectory(Risks risks, Issues issues, RiskActions actions, Decisions decisions, RegisterAccess access,
			Overdue overdue) {
		this.risks = risks;
		this.issues = issues;
		this.actions = actions;
		this.decisions = decisions;
		this.access = access;
		this.overdue = overdue;
	}

	@Override
	public Set<String> kinds() {
		return KINDS;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		return located(ref).flatMap(found -> this.access.findRegister(actor, found.scope())
			.map(register -> card(ref, found, register.classification())));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayAttach(ObjectRef ref, Actor actor) {
		return located(ref)
			.map(found -> this.access.findRegister(actor, found.scope())
				.map(RegisterAccess.Register::mayEdit)
				.orElse(false))
			.orElse(false);
	}

	/**
	 * The classification is not kept with the register (it is the project's, which may
	 * change); the index is told the most restrictive one, and every hit is checked
	 * through {@link #findVisible} anyway. Programmes and portfolios are not classified.
	 */
	@Override
	@Transactional(readOnly = true)
	public Optional<SearchText> searchText(ObjectRef ref) {
		return located(ref).map(found -> new SearchText(found.title(), found.body(), found.projectId(),
				found.scope().isProject() ? Classification.CONFIDENTIAL : Classification.PUBLIC));
	}

	@Override
	@Transactional(readOnly = true)
	public Stream<ObjectRef> all(String kind) {
		List<ObjectRef> refs = switch (kind) {
			case RiskService.ENTITY -> this.risks.findAll().stream().map(r -> new ObjectRef(kind, r.id())).toList();
			case IssueService.ENTITY -> this.issues.findAll().stream().map(i -> new ObjectRef(kind, i.id())).toList();
			case ActionService.ENTITY -> this.actions.findAll().stream().map(a -> new ObjectRef(kind, a.id())).toList();
			case DecisionService.ENTITY ->
				this.decisions.findAll().stream().map(d -> new ObjectRef(kind, d.id())).toList();
			default -> List.of();
		};
		return refs.stream();
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkEntry> workFor(Actor actor) {
		Map<Long, ProjectOverview> visible = this.access.visibleProjects(actor);
		List<WorkEntry> work = new ArrayList<>();
		for (RiskAction a : this.actions.findByOwnerIdAndDoneAtIsNullOrderByDueAscIdAsc(actor.id())) {
			ProjectOverview project = visible.get(a.projectId());
			if (project != null) {
				boolean late = this.overdue.isOverdue(a.due(), a.isDone());
				work.add(new WorkEntry(
						card(new ObjectRef(ActionService.ENTITY, a.id()), located(a), project.classification()),
						late ? "work.risk-action.overdue" : "work.risk-action.open", a.due(), late));
			}
		}
		for (Issue i : this.issues.findByOwnerIdAndStatus(actor.id(), Issue.Status.OPEN)) {
			ProjectOverview project = visible.get(i.projectId());
			if (project != null) {
				boolean late = this.overdue.isOverdue(i.due(), false);
				work.add(new WorkEntry(
						card(new ObjectRef(IssueService.ENTITY, i.id()), located(i), project.classification()),
						"work.risk-issue.owned", i.due(), late));
			}
		}
		work.sort(java.util.Comparator.comparing((WorkEntry w) -> !w.overdue())
			.thenComparing(WorkEntry::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
		return work;
	}

	private ObjectCard card(ObjectRef ref, Found found, Classification classification) {
		return new ObjectCard(ref, found.title(), found.code(), found.link(), found.projectId(), classification);
	}

	private Optional<Found> located(ObjectRef ref) {
		return switch (ref.kind()) {
			case RiskService.ENTITY -> this.risks.findById(ref.id()).map(this::located);
			case IssueService.ENTITY -> this.issues.findById(ref.id()).map(this::located);
			case ActionService.ENTITY -> this.actions.findById(ref.id()).map(this::located);
			case DecisionService.ENTITY -> this.decisions.findById(ref.id()).map(this::located);
			default -> Optional.empty();
		};
	}

	private Found located(Risk r) {
		return new Found(r.scope(), r.code(), r.title(), "/risks/" + r.id(),
				String.join(" ", nonNull(r.cause()), nonNull(r.event()), nonNull(r.effect()), r.category()));
	}

	private Found located(Issue i) {
		return new Found(RegisterScope.project(i.projectId()), i.code(), i.title(),
				"/projects/" + i.projectId() + "/issues#issue-" + i.id(), nonNull(i.description()));
	}

	private Found located(RiskAction a) {
		String link = a.riskId() != null ? "/risks/" + a.riskId() + "#action-" + a.id()
				: "/projects/" + a.projectId() + "/issues#issue-" + a.issueId();
		return new Found(RegisterScope.project(a.projectId()), a.code(), a.title(), link, "");
	}

	private Found located(Decision d) {
		return new Found(RegisterScope.project(d.projectId()), d.code(), d.decision(),
				"/projects/" + d.projectId() + "/decisions#decision-" + d.id(),
				String.join(" ", nonNull(d.options()), nonNull(d.rationale()), d.decidedBy()));
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

	private record Found(RegisterScope scope, String code, String title, String link, String body) {

		Long projectId() {
			return this.scope.isProject() ? this.scope.id() : null;
		}

	}

}

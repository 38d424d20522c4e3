package org.agilepmo.portfolio.internal;

import org.agilepmo.portfolio.ProjectDraft;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.PortfolioRole;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.portfolio.ProjectStageChanged;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.portfolio.StageTransitionGuard;
import org.agilepmo.portfolio.internal.ProjectAccessPolicy.Standing;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.shared.Versioned;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project use cases: proposing, revising, moving through the lifecycle, reporting
 * health, managing members, and finding the projects a person may see. Every write is
 * checked against {@link ProjectAccessPolicy} and recorded once in the audit trail in its
 * own transaction.
 */
@Service
public class ProjectService implements ProjectCatalogue {

	static final String ENTITY = "project";

	private final Projects projects;

	private final Portfolios portfolios;

	private final Programmes programmes;

	private final People people;

	private final ObjectProvider<OrganisationDirectory> organisation;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<StageTransitionGuard> guards;

	ProjectService(Projects projects, Portfolios portfolios, Programmes programmes, People people,
			ObjectProvider<OrganisationDirectory> organisation, AuditTrail audit, ApplicationEventPublisher events,
			ObjectProvider<StageTransitionGuard> guards) {
		this.guards = guards;
		this.projects = projects;
		this.portfolios = portfolios;
		this.programmes = programmes;
		this.people = people;
		this.organisation = organisation;
		this.audit = audit;
		this.events = events;
	}

	// ---- reading

	@Transactional(readOnly = true)
	public Page<ProjectView> search(Actor actor, ProjectFilter filter, Pageable pageable) {
		Page<Project> page = this.projects.findAll(Visibility.projects(actor).and(matching(filter)), pageable);
		return new PageImpl<>(views(page.getContent(), actor), pageable, page.getTotalElements());
	}

	@Transactional(readOnly = true)
	public ProjectView get(Actor actor, long id) {
		return views(List.of(visible(actor, id)), actor).get(0);
	}

	@Transactional(readOnly = true)
	public List<StageChangeView> history(Actor actor, long id) {
		return visible(actor, id).stageHistory()
			.stream()
			.map(c -> new StageChangeView(c.from(), c.to(), c.reason(), c.changedBy(), c.changedByName(),
					c.changedAt()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProjectSummary> findVisible(long projectId, Actor actor) {
		return this.projects.findById(projectId)
			.filter(p -> ProjectAccessPolicy.maySee(actor, standing(actor, p)))
			.map(ProjectService::summary);
	}

	/* The catalogue's checks run in one transaction, as findVisible does on its own. */
	@Override
	@Transactional(readOnly = true)
	public ProjectSummary requireVisible(long projectId, Actor actor) {
		return ProjectCatalogue.super.requireVisible(projectId, actor);
	}

	@Override
	@Transactional(readOnly = true)
	public ProjectSummary requireEditable(long projectId, Actor actor) {
		return ProjectCatalogue.super.requireEditable(projectId, actor);
	}

	private static ProjectSummary summary(Project p) {
		return new ProjectSummary(p.id(), p.code(), p.name(), p.classification(), p.stage(), p.portfolioId());
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProjectOverview> listVisible(Actor actor) {
		List<Project> visible = this.projects.findAll(Visibility.projects(actor));
		Map<Long, String> portfolioNames = new HashMap<>();
		this.portfolios
			.findAllById(visible.stream().map(Project::portfolioId).collect(java.util.stream.Collectors.toSet()))
			.forEach(p -> portfolioNames.put(p.id(), p.name()));
		Map<Long, String> programmeNames = new HashMap<>();
		this.programmes
			.findAllById(visible.stream()
				.map(Project::programmeId)
				.filter(java.util.Objects::nonNull)
				.collect(java.util.stream.Collectors.toSet()))
			.forEach(p -> programmeNames.put(p.id(), p.name()));
		return visible.stream()
			.map(p -> new ProjectOverview(p.id(), p.code(), p.name(), p.portfolioId(),
					portfolioNames.get(p.portfolioId()), p.programmeId(), programmeNames.get(p.programmeId()),
					p.stage(), p.health(), p.plannedStart(), p.plannedFinish(), p.classification()))
			.sorted(Comparator.comparing((ProjectOverview o) -> String.valueOf(o.portfolioName()))
				.thenComparing(ProjectOverview::code))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Classification> classificationOf(long projectId) {
		return this.projects.findById(projectId).map(Project::classification);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProjectSummary> managedBy(Actor actor) {
		return this.projects.findAll(Visibility.projects(actor))
			.stream()
			.filter(p -> java.util.Objects.equals(p.projectManagerId(), actor.id()))
			.sorted(Comparator.comparing(Project::code))
			.map(ProjectService::summary)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayEdit(long projectId, Actor actor) {
		return this.projects.findById(projectId)
			.map(p -> ProjectAccessPolicy.mayEdit(actor, standing(actor, p)))
			.orElse(false);
	}

	/** Whether the person may create a project in the portfolio. */
	@Transactional(readOnly = true)
	public boolean mayCreateIn(Actor actor, long portfolioId) {
		return this.portfolios.findById(portfolioId)
			.map(p -> ProjectAccessPolicy.mayCreateIn(actor, p.roleOf(actor.id()).orElse(null)))
			.orElse(false);
	}

	// ---- writing

	@Transactional
	public ProjectView create(Actor actor, ProjectDraft draft) {
		if (draft.portfolioId() != null) {
			Portfolio portfolio = portfolioOf(draft);
			if (!ProjectAccessPolicy.mayCreateIn(actor, portfolio.roleOf(actor.id()).orElse(null))) {
				throw new AccessDeniedException("may not create projects in portfolio " + portfolio.id());
			}
		}
		else if (!actor.isPortfolioWide()) {
			throw new AccessDeniedException("may not create projects");
		}
		Project project = Project.propose(draft);
		checkReferences(actor, draft, null);
		this.projects.saveAndFlush(project);
		this.audit.record(AuditRecord.created(ENTITY, project.id(), project.classification(), project.snapshot()));
		return view(actor, project);
	}

	@Transactional
	public ProjectView edit(Actor actor, long id, long expectedVersion, ProjectDraft draft) {
		return edit(actor, id, expectedVersion, Change.to(draft));
	}

	/**
	 * Applies a change (a page's form, an API patch) to the project as it is now, in this
	 * transaction.
	 */
	@Transactional
	public ProjectView edit(Actor actor, long id, long expectedVersion, Change<ProjectDraft> change) {
		Project project = editable(actor, id, expectedVersion);
		ProjectDraft draft = change.applyTo(view(actor, project).toDraft());
		if (draft.portfolioId() != null && draft.portfolioId() != project.portfolioId()) {
			Portfolio target = portfolioOf(draft);
			if (!ProjectAccessPolicy.mayCreateIn(actor, target.roleOf(actor.id()).orElse(null))) {
				throw new AccessDeniedException("may not move projects into portfolio " + target.id());
			}
		}
		Project.Snapshot before = project.snapshot();
		checkReferences(actor, draft, project.id());
		project.revise(draft);
		flush(project);
		this.audit.record(AuditRecord.updated(ENTITY, id, project.classification(), before, project.snapshot()));
		return view(actor, project);
	}

	@Transactional
	public ProjectView changeStage(Actor actor, long id, long expectedVersion, Stage target, String reason) {
		Project project = editable(actor, id, expectedVersion);
		Project.Snapshot before = project.snapshot();
		if (target != null && project.allowedNextStages().contains(target)) {
			ProjectSummary summary = summary(project);
			this.guards.orderedStream().forEach(guard -> guard.check(summary, target, actor));
		}
		ProjectStageChanged changed = project.advanceTo(target, reason, actor);
		flush(project);
		this.audit.record(new AuditRecord("project.stage-changed", ENTITY, String.valueOf(id), project.classification(),
				changed.from() + " → " + changed.to() + ": " + changed.reason(), before, project.snapshot()));
		this.events.publishEvent(changed);
		this.events
			.publishEvent(new org.agilepmo.shared.PlatformEvent(org.agilepmo.shared.PlatformEvent.PROJECT_STAGE_CHANGED,
					new org.agilepmo.shared.ObjectRef(ENTITY, id), project.classification(), stageChangeData(changed)));
		return view(actor, project);
	}

	@Transactional
	public ProjectView changeHealth(Actor actor, long id, long expectedVersion, Health health, String reason) {
		Project project = editable(actor, id, expectedVersion);
		Project.Snapshot before = project.snapshot();
		project.reportHealth(health, reason);
		flush(project);
		this.audit.record(new AuditRecord("project.health-changed", ENTITY, String.valueOf(id),
				project.classification(), before.health() + " → " + health, before, project.snapshot()));
		return view(actor, project);
	}

	@Transactional
	public ProjectView grant(Actor actor, long id, long expectedVersion, long personId, ProjectRole role) {
		Project project = editable(actor, id, expectedVersion);
		PersonSummary person = this.people.find(personId)
			.orElseThrow(() -> new RuleViolationException("personId", "portfolio.error.unknownPerson",
					"there is no person " + personId));
		if (role == null) {
			throw new RuleViolationException("role", "portfolio.error.required", "role is required");
		}
		requireClearance("personId", person, project.classification());
		Project.Snapshot before = project.snapshot();
		project.grant(personId, role);
		flush(project);
		this.audit.record(new AuditRecord("project.member-added", ENTITY, String.valueOf(id), project.classification(),
				person.username() + " " + role, before, project.snapshot()));
		return view(actor, project);
	}

	@Transactional
	public ProjectView revoke(Actor actor, long id, long expectedVersion, long personId, ProjectRole role) {
		Project project = editable(actor, id, expectedVersion);
		if (project.rolesOf(personId).isEmpty() || (role != null && !project.rolesOf(personId).contains(role))) {
			throw new NotFoundException("project member", personId);
		}
		Project.Snapshot before = project.snapshot();
		project.revoke(personId, role);
		flush(project);
		this.audit.record(new AuditRecord("project.member-removed", ENTITY, String.valueOf(id),
				project.classification(), personId + (role == null ? "" : " " + role), before, project.snapshot()));
		return view(actor, project);
	}

	// ---- rules that reach beyond the project

	private Portfolio portfolioOf(ProjectDraft draft) {
		return this.portfolios.findById(draft.portfolioId())
			.orElseThrow(() -> new RuleViolationException("portfolioId", "portfolio.error.unknownPortfolio",
					"there is no portfolio " + draft.portfolioId()));
	}

	private void checkReferences(Actor actor, ProjectDraft draft, Long projectId) {
		boolean taken = projectId == null ? this.projects.existsByCode(draft.code())
				: this.projects.existsByCodeAndIdNot(draft.code(), projectId);
		if (taken) {
			throw new RuleViolationException("code", "portfolio.error.codeTaken", "this code is already taken");
		}
		if (!actor.clears(draft.classification())) {
			throw new RuleViolationException("classification", "portfolio.error.classificationAboveScreening",
					"you may not classify a project above your own screening");
		}
		if (draft.programmeId() != null) {
			Programme programme = this.programmes.findById(draft.programmeId()).orElse(null);
			if (programme == null || programme.portfolioId() != draft.portfolioId()) {
				throw new RuleViolationException("programmeId", "portfolio.error.programmeOutsidePortfolio",
						"the programme must belong to the project's portfolio");
			}
		}
		Map<Long, PersonSummary> named = this.people
			.findAll(idsOf(draft.sponsorId(), draft.businessOwnerId(), draft.projectManagerId()));
		checkPerson("sponsorId", draft.sponsorId(), named, draft.classification());
		checkPerson("businessOwnerId", draft.businessOwnerId(), named, draft.classification());
		checkPerson("projectManagerId", draft.projectManagerId(), named, draft.classification());
		if (!draft.squadIds().isEmpty()) {
			Map<Long, OrgUnitSummary> units = squads(draft.squadIds());
			for (Long squadId : draft.squadIds()) {
				OrgUnitSummary unit = units.get(squadId);
				if (unit == null || unit.type() != UnitType.SQUAD) {
					throw new RuleViolationException("squadIds", "portfolio.error.notASquad",
							"unit " + squadId + " is not a squad", squadId);
				}
			}
		}
	}

	private static void checkPerson(String field, Long id, Map<Long, PersonSummary> named,
			Classification classification) {
		if (id == null) {
			return;
		}
		PersonSummary person = named.get(id);
		if (person == null) {
			throw new RuleViolationException(field, "portfolio.error.unknownPerson", "there is no person " + id);
		}
		requireClearance(field, person, classification);
	}

	private static void requireClearance(String field, PersonSummary person, Classification classification) {
		if (!person.screening().clears(classification)) {
			throw new RuleViolationException(field, "portfolio.error.screeningTooLow",
					"this person's screening does not clear the project's classification");
		}
	}

	private Map<Long, OrgUnitSummary> squads(Collection<Long> ids) {
		OrganisationDirectory directory = this.organisation.getIfAvailable();
		return (directory == null || ids.isEmpty()) ? Map.of() : directory.findAll(ids);
	}

	// ---- access

	private Project visible(Actor actor, long id) {
		Project project = this.projects.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		if (!ProjectAccessPolicy.maySee(actor, standing(actor, project))) {
			throw new NotFoundException(ENTITY, id);
		}
		return project;
	}

	private Project editable(Actor actor, long id, long expectedVersion) {
		Project project = visible(actor, id);
		if (!ProjectAccessPolicy.mayEdit(actor, standing(actor, project))) {
			throw new AccessDeniedException("may not change project " + id);
		}
		Versioned.check(ENTITY, id, expectedVersion, project.version());
		return project;
	}

	private Standing standing(Actor actor, Project project) {
		PortfolioRole portfolioRole = this.portfolios.findById(project.portfolioId())
			.flatMap(p -> p.roleOf(actor.id()))
			.orElse(null);
		return new Standing(project.classification(), project.rolesOf(actor.id()), portfolioRole);
	}

	private void flush(Project project) {
		try {
			this.projects.saveAndFlush(project);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(ENTITY, project.id(), project.version(), project.version() + 1);
		}
	}

	// ---- queries and views

	static Specification<Project> matching(ProjectFilter f) {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (f.portfolioId() != null) {
				all.add(cb.equal(root.get("portfolioId"), f.portfolioId()));
			}
			if (f.programmeId() != null) {
				all.add(cb.equal(root.get("programmeId"), f.programmeId()));
			}
			if (f.stage() != null) {
				all.add(cb.equal(root.get("stage"), f.stage()));
			}
			if (f.type() != null) {
				all.add(cb.equal(root.get("type"), f.type()));
			}
			if (f.methodology() != null) {
				all.add(cb.equal(root.get("methodology"), f.methodology()));
			}
			if (f.classification() != null) {
				all.add(cb.equal(root.get("classification"), f.classification()));
			}
			if (f.health() != null) {
				all.add(cb.equal(root.get("health"), f.health()));
			}
			if (f.tag() != null && !f.tag().isBlank()) {
				Subquery<Integer> tagged = query.subquery(Integer.class);
				Root<Project> same = tagged.from(Project.class);
				Join<Project, String> tag = same.join("tags");
				tagged.select(cb.literal(1))
					.where(cb.equal(same.get("id"), root.get("id")),
							cb.equal(tag, f.tag().strip().toLowerCase(java.util.Locale.ROOT)));
				all.add(cb.exists(tagged));
			}
			if (f.q() != null && !f.q().isBlank()) {
				String like = "%" + escapeLike(f.q().strip().toLowerCase(java.util.Locale.ROOT)) + "%";
				all.add(cb.or(cb.like(cb.lower(root.get("code")), like, '\\'),
						cb.like(cb.lower(root.get("name")), like, '\\'),
						cb.like(cb.lower(root.get("description")), like, '\\')));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private ProjectView view(Actor actor, Project project) {
		return views(List.of(project), actor).get(0);
	}

	private List<ProjectView> views(List<Project> list, Actor actor) {
		Set<Long> personIds = new HashSet<>();
		Set<Long> portfolioIds = new HashSet<>();
		Set<Long> programmeIds = new HashSet<>();
		Set<Long> squadIds = new HashSet<>();
		for (Project p : list) {
			personIds.addAll(idsOf(p.sponsorId(), p.businessOwnerId(), p.projectManagerId()));
			p.members().forEach(m -> personIds.add(m.personId()));
			portfolioIds.add(p.portfolioId());
			if (p.programmeId() != null) {
				programmeIds.add(p.programmeId());
			}
			squadIds.addAll(p.squadIds());
		}
		Map<Long, String> names = new HashMap<>();
		this.people.findAll(personIds).forEach((id, person) -> names.put(id, person.displayName()));
		Map<Long, Portfolio> portfolioById = new HashMap<>();
		this.portfolios.findAllById(portfolioIds).forEach(p -> portfolioById.put(p.id(), p));
		Map<Long, String> programmeNames = new HashMap<>();
		this.programmes.findAllById(programmeIds).forEach(p -> programmeNames.put(p.id(), p.name()));
		Map<Long, String> squadNames = new HashMap<>();
		squads(squadIds).forEach((id, unit) -> squadNames.put(id, unit.name()));
		List<ProjectView> views = new ArrayList<>();
		for (Project p : list) {
			Portfolio portfolio = portfolioById.get(p.portfolioId());
			Standing standing = new Standing(p.classification(), p.rolesOf(actor.id()),
					portfolio == null ? null : portfolio.roleOf(actor.id()).orElse(null));
			List<ProjectView.MemberView> members = p.members()
				.stream()
				.map(m -> new ProjectView.MemberView(m.personId(), names.getOrDefault(m.personId(), "#" + m.personId()),
						m.role(), p.followsField(m)))
				.sorted(Comparator.comparing(ProjectView.MemberView::name).thenComparing(ProjectView.MemberView::role))
				.toList();
			views.add(new ProjectView(p.id(), p.code(), p.name(), p.description(), p.type(), p.methodology(), p.stage(),
					p.classification(), p.portfolioId(), portfolio == null ? null : portfolio.name(), p.programmeId(),
					programmeNames.get(p.programmeId()), p.sponsorId(), p.businessOwnerId(), p.projectManagerId(),
					p.squadIds(), p.plannedStart(), p.plannedFinish(), p.health(), p.healthReason(), p.tags(),
					p.version(), p.createdAt(), p.updatedAt(), List.copyOf(p.allowedNextStages()), members,
					Map.copyOf(names), Map.copyOf(squadNames), ProjectAccessPolicy.mayEdit(actor, standing)));
		}
		return views;
	}

	private static Set<Long> idsOf(Long... ids) {
		Set<Long> set = new HashSet<>();
		for (Long id : ids) {
			if (id != null) {
				set.add(id);
			}
		}
		return set;
	}

	/** What webhook subscribers hear of a change of stage. */
	private static java.util.Map<String, Object> stageChangeData(ProjectStageChanged changed) {
		java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
		data.put("projectId", changed.projectId());
		data.put("projectCode", changed.projectCode());
		data.put("from", (changed.from() != null) ? changed.from().name() : null);
		data.put("to", changed.to().name());
		data.put("reason", changed.reason());
		data.put("changedBy", changed.changedBy());
		data.put("changedAt", String.valueOf(changed.changedAt()));
		return data;
	}

}

package org.agilepmo.governance.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.intake.ConceptNoteApproved;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.portfolio.StageTransitionGuard;
import org.agilepmo.portfolio.ProjectStageChanged;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GateEvidenceSource;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.shared.Versioned;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage gates of governed projects: bringing a project under gate governance (every
 * approved concept note's project is, from its creation), signing items off with their
 * evidence, waiving them (PMO only), and refusing a stage change while the gate into that
 * stage has an open mandatory item. Every write is audited in its transaction.
 */
@Service
public class GateService implements StageTransitionGuard {

	static final String ENTITY = "stage-gate";

	private final ProjectGates gates;

	private final GateTemplateService templates;

	private final ProjectCatalogue catalogue;

	private final AuditTrail audit;

	private final GateSignatories signatories;

	private final People people;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<GateEvidenceSource> evidenceSources;

	GateService(ProjectGates gates, GateTemplateService templates, ProjectCatalogue catalogue, AuditTrail audit,
			GateSignatories signatories, People people, ApplicationEventPublisher events,
			ObjectProvider<GateEvidenceSource> evidenceSources) {
		this.events = events;
		this.gates = gates;
		this.templates = templates;
		this.catalogue = catalogue;
		this.audit = audit;
		this.signatories = signatories;
		this.people = people;
		this.evidenceSources = evidenceSources;
	}

	/**
	 * The gates of a project the person may see, in lifecycle order (empty when
	 * ungoverned).
	 */
	@Transactional(readOnly = true)
	public List<GateView> gatesOf(Actor actor, long projectId) {
		ProjectSummary project = this.catalogue.requireVisible(projectId, actor);
		Set<SignOffRole> signAs = rolesOf(actor, project);
		return this.gates.findByProjectIdOrderByIdAsc(projectId)
			.stream()
			.sorted(java.util.Comparator.comparing(g -> DefaultGates.GATED.indexOf(g.targetStage())))
			.map(g -> {
				boolean current = DefaultGates.isGated(project.stage(), g.targetStage());
				return new GateView(g, signAs, actor.isPortfolioWide() && actor.clears(project.classification()),
						current, current ? satisfiedByRecords(project, g) : Set.of());
			})
			.toList();
	}

	@Transactional(readOnly = true)
	public GateView gate(Actor actor, long projectId, Stage target) {
		return gatesOf(actor, projectId).stream()
			.filter(g -> g.targetStage() == target)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("gate", projectId + "/" + target));
	}

	@Transactional(readOnly = true)
	public ProjectSummary project(Actor actor, long projectId) {
		return this.catalogue.requireVisible(projectId, actor);
	}

	/** Whether the person may bring the project under gate governance (it is not yet). */
	@Transactional(readOnly = true)
	public boolean mayGovern(Actor actor, long projectId) {
		return !this.gates.existsByProjectId(projectId) && this.catalogue.mayEdit(projectId, actor);
	}

	/**
	 * Brings the project under gate governance: its gates are opened from the templates.
	 */
	@Transactional
	public List<GateView> govern(Actor actor, long projectId) {
		ProjectSummary project = this.catalogue.requireEditable(projectId, actor);
		if (!this.gates.existsByProjectId(projectId)) {
			open(projectId, project.classification());
			announceSignOffs(projectId, project.stage(), null, actor.id());
		}
		return gatesOf(actor, projectId);
	}

	/**
	 * The project an approved concept note became is governed from the start (it starts
	 * in concept, so the gate into scoping is the next one).
	 */
	@EventListener
	void on(ConceptNoteApproved approved) {
		if (!this.gates.existsByProjectId(approved.projectId())) {
			open(approved.projectId(), approved.classification());
			announceSignOffs(approved.projectId(), Stage.CONCEPT, null, approved.approvedBy());
		}
	}

	/** A project that moved on has a new next gate: its signatories are told. */
	@EventListener
	void on(ProjectStageChanged changed) {
		announceSignOffs(changed.projectId(), changed.to(), null, changed.changedBy());
	}

	/**
	 * Tells the named signatories (all of them, or only one person) that the open items
	 * of the project's next gate wait for their signature.
	 */
	private void announceSignOffs(long projectId, Stage stage, Long onlyPerson, Long by) {
		Stage next = DefaultGates.next(stage);
		if (next == null) {
			return;
		}
		this.gates.findByProjectIdAndTargetStage(projectId, next).ifPresent(gate -> {
			Set<SignOffRole> open = gate.items()
				.stream()
				.filter(i -> !i.status().isClosed())
				.map(GateItem::signOffRole)
				.collect(Collectors.toSet());
			this.signatories.findByProjectIdOrderByRoleAscIdAsc(projectId)
				.stream()
				.filter(s -> open.contains(s.role()))
				.map(GateSignatory::personId)
				.filter(p -> onlyPerson == null || onlyPerson.equals(p))
				.distinct()
				.forEach(p -> this.events
					.publishEvent(new Attention(p, new ObjectRef(ENTITY, gate.id()), "sign-off", by)));
		});
	}

	private void open(long projectId, Classification classification) {
		if (this.gates.existsByProjectId(projectId)) {
			return;
		}
		for (GateTemplate template : this.templates.templates()) {
			ProjectGate gate = this.gates.saveAndFlush(new ProjectGate(projectId, classification, template));
			this.audit.record(new AuditRecord(ENTITY + ".opened", ENTITY, String.valueOf(gate.id()), classification,
					"project " + projectId + " → " + gate.targetStage(), null, gate.state()));
		}
	}

	@Transactional
	public GateView signOff(Actor actor, long projectId, Stage target, long expectedVersion, String itemCode,
			String evidenceUrl, String note) {
		ProjectGate gate = changeable(actor, projectId, target, expectedVersion);
		GateItem item = gate.item(itemCode);
		if (!rolesOf(actor, this.catalogue.requireVisible(projectId, actor)).contains(item.signOffRole())) {
			throw new AccessDeniedException("item " + itemCode + " is signed off by the " + item.signOffRole()
					+ " named for project " + projectId);
		}
		List<String> before = gate.state();
		gate.signOff(itemCode, evidenceUrl, note, actor);
		GateView view = saved(actor, projectId, gate, before, ENTITY + ".signed-off",
				itemCode + " as " + item.signOffRole());
		java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
		data.put("projectId", projectId);
		data.put("targetStage", gate.targetStage().name());
		data.put("item", itemCode);
		data.put("role", String.valueOf(item.signOffRole()));
		data.put("signedBy", actor.id());
		data.put("gateComplete", gate.blockers().isEmpty());
		this.events.publishEvent(new org.agilepmo.shared.PlatformEvent(org.agilepmo.shared.PlatformEvent.GATE_SIGNED,
				new ObjectRef(ENTITY, gate.id()), gate.classification(), data));
		return view;
	}

	@Transactional
	public GateView waive(Actor actor, long projectId, Stage target, long expectedVersion, String itemCode,
			String reason) {
		ProjectGate gate = changeable(actor, projectId, target, expectedVersion);
		if (!actor.isPortfolioWide()) {
			throw new AccessDeniedException("only the PMO waives gate items");
		}
		List<String> before = gate.state();
		GateItem item = gate.waive(itemCode, reason, actor);
		return saved(actor, projectId, gate, before, ENTITY + ".waived", itemCode + ": " + item.note());
	}

	/**
	 * Waives every open mandatory item of the gate at once, with one reason: the PMO lets
	 * the project through the whole gate. Audited as one entry naming the items.
	 */
	@Transactional
	public GateView waiveGate(Actor actor, long projectId, Stage target, long expectedVersion, String reason) {
		ProjectGate gate = changeable(actor, projectId, target, expectedVersion);
		if (!actor.isPortfolioWide()) {
			throw new AccessDeniedException("only the PMO waives gate items");
		}
		List<GateItem> blockers = gate.blockers();
		if (blockers.isEmpty()) {
			throw new RuleViolationException("status", "governance.error.nothingToWaive",
					"the gate has no open mandatory item");
		}
		List<String> before = gate.state();
		List<String> codes = blockers.stream().map(GateItem::code).toList();
		for (String code : codes) {
			gate.waive(code, reason, actor);
		}
		return saved(actor, projectId, gate, before, ENTITY + ".gate-waived",
				String.join(", ", codes) + ": " + gate.item(codes.get(0)).note());
	}

	@Transactional
	public GateView reopen(Actor actor, long projectId, Stage target, long expectedVersion, String itemCode) {
		ProjectGate gate = changeable(actor, projectId, target, expectedVersion);
		if (!actor.isPortfolioWide()) {
			throw new AccessDeniedException("only the PMO reopens gate items");
		}
		List<String> before = gate.state();
		gate.reopen(itemCode);
		return saved(actor, projectId, gate, before, ENTITY + ".reopened", itemCode);
	}

	/**
	 * Refuses a one-step-forward move while the gate into the target stage has open
	 * mandatory items; projects without gates are not governed.
	 */
	@Override
	public void check(ProjectSummary project, Stage target, Actor actor) {
		if (!DefaultGates.isGated(project.stage(), target)) {
			return;
		}
		this.gates.findByProjectIdAndTargetStage(project.id(), target).ifPresent(gate -> {
			List<GateItem> blockers = gate.blockers()
				.stream()
				.filter(item -> !satisfiedByRecords(project, item.code()))
				.toList();
			if (!blockers.isEmpty()) {
				String open = blockers.stream().map(GateItem::code).collect(Collectors.joining(", "));
				throw new RuleViolationException("stage", "governance.error.gateOpen",
						"the gate into " + target + " has open mandatory items: " + open, target, open);
			}
		});
	}

	/** The open items of the gate that other modules' records satisfy now. */
	private Set<String> satisfiedByRecords(ProjectSummary project, ProjectGate gate) {
		return gate.items()
			.stream()
			.filter(i -> !i.status().isClosed())
			.map(GateItem::code)
			.filter(code -> satisfiedByRecords(project, code))
			.collect(Collectors.toSet());
	}

	/**
	 * Whether another module's records satisfy the item (the risk register its review,
	 * say), so that it does not block although nobody signed it off.
	 */
	private boolean satisfiedByRecords(ProjectSummary project, String itemCode) {
		return this.evidenceSources.orderedStream()
			.anyMatch(source -> source.itemCodes().contains(itemCode)
					&& source.satisfies(project.id(), project.stage().name(), itemCode));
	}

	/**
	 * The roles in which the person may sign off the project's gate items: the PMO's
	 * items if they are in the PMO, the project manager's items if they may change the
	 * project, and every role they are named for.
	 */
	Set<SignOffRole> rolesOf(Actor actor, ProjectSummary project) {
		Set<SignOffRole> roles = EnumSet.noneOf(SignOffRole.class);
		if (actor.isPortfolioWide() && actor.clears(project.classification())) {
			roles.add(SignOffRole.PMO_OFFICER);
		}
		if (this.catalogue.mayEdit(project.id(), actor)) {
			roles.add(SignOffRole.PROJECT_MANAGER);
		}
		for (GateSignatory s : this.signatories.findByProjectIdOrderByRoleAscIdAsc(project.id())) {
			if (s.personId() == actor.id() && actor.clears(project.classification())) {
				roles.add(s.role());
			}
		}
		return roles;
	}

	/** The people named to sign off the project's gate items, by role. */
	@Transactional(readOnly = true)
	public List<SignatoryView> signatories(Actor actor, long projectId) {
		this.catalogue.requireVisible(projectId, actor);
		return this.signatories.findByProjectIdOrderByRoleAscIdAsc(projectId)
			.stream()
			.map(s -> new SignatoryView(s.role(), s.personId(),
					this.people.find(s.personId()).map(PersonSummary::displayName).orElse("#" + s.personId())))
			.toList();
	}

	/**
	 * Names a person to sign off the project's items of a role; the PMO names them, and
	 * the person's screening must clear the project's classification.
	 */
	@Transactional
	public List<SignatoryView> nameSignatory(Actor actor, long projectId, SignOffRole role, Long personId) {
		ProjectSummary project = this.catalogue.requireVisible(projectId, actor);
		if (!actor.isPortfolioWide() || !actor.clears(project.classification())) {
			throw new AccessDeniedException("only the PMO names gate signatories");
		}
		if (role == null) {
			throw new RuleViolationException("role", "governance.error.signatoryRole", "role is required");
		}
		if (role == SignOffRole.PMO_OFFICER) {
			throw new RuleViolationException("role", "governance.error.pmoRole",
					"the PMO's items are signed by PMO officers; no one is named for them");
		}
		if (personId == null) {
			throw new RuleViolationException("personId", "governance.error.signatoryPerson", "personId is required");
		}
		PersonSummary person = this.people.find(personId)
			.orElseThrow(() -> new RuleViolationException("personId", "governance.error.unknownPerson",
					"there is no person " + personId, String.valueOf(personId)));
		if (!person.screening().clears(project.classification())) {
			throw new RuleViolationException("personId", "governance.error.screeningTooLow",
					"this person's screening does not clear the project's classification");
		}
		Actor asNamed = new Actor(person.id(), person.username(), person.displayName(), person.screening(),
				person.roles());
		if (this.catalogue.findVisible(projectId, asNamed).isEmpty()) {
			throw new RuleViolationException("personId", "governance.error.notOnProject",
					"this person does not see the project: give them a role on it first");
		}
		if (!this.signatories.existsByProjectIdAndRoleAndPersonId(projectId, role, personId)) {
			GateSignatory signatory = this.signatories
				.saveAndFlush(new GateSignatory(projectId, role, personId, actor.id()));
			this.audit.record(new AuditRecord(SIGNATORY + ".named", SIGNATORY, String.valueOf(signatory.id()),
					project.classification(), person.username() + " signs as " + role + " for project " + projectId,
					null, signatory.toString()));
			announceSignOffs(projectId, project.stage(), personId, actor.id());
		}
		return signatories(actor, projectId);
	}

	/** Takes back a person's naming for a role. */
	@Transactional
	public List<SignatoryView> removeSignatory(Actor actor, long projectId, SignOffRole role, long personId) {
		ProjectSummary project = this.catalogue.requireVisible(projectId, actor);
		if (!actor.isPortfolioWide() || !actor.clears(project.classification())) {
			throw new AccessDeniedException("only the PMO names gate signatories");
		}
		GateSignatory named = this.signatories.findByProjectIdAndRoleAndPersonId(projectId, role, personId)
			.orElseThrow(() -> new NotFoundException(SIGNATORY, projectId + "/" + role + "/" + personId));
		this.signatories.delete(named);
		this.audit.record(
				new AuditRecord(SIGNATORY + ".removed", SIGNATORY, String.valueOf(named.id()), project.classification(),
						"person " + personId + " no longer signs as " + role, named.toString(), null));
		return signatories(actor, projectId);
	}

	static final String SIGNATORY = "gate-signatory";

	/** A person named for a role. */
	public record SignatoryView(SignOffRole role, long personId, String name) {
	}

	private ProjectGate changeable(Actor actor, long projectId, Stage target, long expectedVersion) {
		this.catalogue.requireVisible(projectId, actor);
		ProjectGate gate = this.gates.findByProjectIdAndTargetStage(projectId, target)
			.orElseThrow(() -> new NotFoundException("gate", projectId + "/" + target));
		Versioned.check(ENTITY, gate.id(), expectedVersion, gate.version());
		return gate;
	}

	private GateView saved(Actor actor, long projectId, ProjectGate gate, List<String> before, String action,
			String summary) {
		try {
			this.gates.saveAndFlush(gate);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(ENTITY, gate.id(), gate.version(), gate.version() + 1);
		}
		this.audit.record(new AuditRecord(action, ENTITY, String.valueOf(gate.id()), gate.classification(), summary,
				before, gate.state()));
		return gate(actor, projectId, gate.targetStage());
	}

}

package org.agilepmo.portfolio.internal;

import org.agilepmo.portfolio.ProjectDraft;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.Methodology;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.portfolio.ProjectStageChanged;
import org.agilepmo.portfolio.ProjectType;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.DateWindow;
import org.agilepmo.shared.RuleViolationException;
import org.hibernate.annotations.BatchSize;

/**
 * A project: the aggregate of this module. Its state changes only through intents
 * ({@link #advanceTo}, {@link #reportHealth}, {@link #revise}, {@link #grant},
 * {@link #revoke}) that refuse what the platform's rules forbid. It is long because it is
 * one aggregate: its fields, members and stage are guarded together under one version.
 */
@Entity
@Table(name = "project")
class Project {

	static final int MAX_TAGS = 20;

	static final int TAG_MAX = 40;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProjectType type;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Methodology methodology;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Stage stage;

	/** The stage a project on hold was held in, so that it resumes there. */
	@Enumerated(EnumType.STRING)
	@Column(name = "held_in_stage")
	private Stage heldInStage;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Classification classification;

	@Column(name = "portfolio_id", nullable = false)
	private long portfolioId;

	@Column(name = "programme_id")
	private Long programmeId;

	@Column(name = "sponsor_id")
	private Long sponsorId;

	@Column(name = "business_owner_id")
	private Long businessOwnerId;

	@Column(name = "project_manager_id")
	private Long projectManagerId;

	@Column(name = "planned_start")
	private LocalDate plannedStart;

	@Column(name = "planned_finish")
	private LocalDate plannedFinish;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Health health;

	@Column(name = "health_reason")
	private String healthReason;

	@ElementCollection
	@CollectionTable(name = "project_squad", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "org_unit_id", nullable = false)
	@BatchSize(size = 50)
	private Set<Long> squadIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "project_tag", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "tag", nullable = false)
	@BatchSize(size = 50)
	private Set<String> tags = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "project_member", joinColumns = @JoinColumn(name = "project_id"))
	@BatchSize(size = 50)
	private Set<ProjectMembership> members = new HashSet<>();

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "project_id", nullable = false, updatable = false)
	@OrderBy("changedAt, id")
	private List<StageChange> stageHistory = new ArrayList<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Project() {
	}

	/** A new project, in the concept stage. */
	static Project propose(ProjectDraft draft) {
		Project project = new Project();
		project.stage = Stage.CONCEPT;
		project.createdAt = now();
		project.apply(draft);
		return project;
	}

	/** Changes what the draft states; stage, history and other members are kept. */
	void revise(ProjectDraft draft) {
		apply(draft);
	}

	private void apply(ProjectDraft d) {
		String code = Rules.code(d.code());
		String name = Rules.name(d.name());
		String description = Rules.description(d.description());
		if (d.type() == null) {
			throw new RuleViolationException("type", "portfolio.error.required", "type is required");
		}
		if (d.classification() == null) {
			throw new RuleViolationException("classification", "portfolio.error.required",
					"classification is required");
		}
		if (d.portfolioId() == null) {
			throw new RuleViolationException("portfolioId", "portfolio.error.required", "portfolio is required");
		}
		DateWindow.check("plannedStart", d.plannedStart());
		DateWindow.check("plannedFinish", d.plannedFinish());
		if (d.plannedStart() != null && d.plannedFinish() != null && d.plannedFinish().isBefore(d.plannedStart())) {
			throw new RuleViolationException("plannedFinish", "portfolio.error.finishBeforeStart",
					"the planned finish may not be before the planned start");
		}
		Health health = d.health() == null ? Health.GREEN : d.health();
		String healthReason = healthReason(health, d.healthReason());
		Set<String> tags = normaliseTags(d.tags());
		Long previousManager = this.projectManagerId;
		Long previousSponsor = this.sponsorId;
		Long previousOwner = this.businessOwnerId;
		this.code = code;
		this.name = name;
		this.description = description;
		this.type = d.type();
		this.methodology = d.methodology() == null ? Methodology.SCRUM : d.methodology();
		this.classification = d.classification();
		this.portfolioId = d.portfolioId();
		this.programmeId = d.programmeId();
		this.sponsorId = d.sponsorId();
		this.businessOwnerId = d.businessOwnerId();
		this.projectManagerId = d.projectManagerId();
		this.plannedStart = d.plannedStart();
		this.plannedFinish = d.plannedFinish();
		this.health = health;
		this.healthReason = healthReason;
		replace(this.squadIds, d.squadIds());
		replace(this.tags, tags);
		keepInStep(previousManager, this.projectManagerId, ProjectRole.PROJECT_MANAGER);
		keepInStep(previousSponsor, this.sponsorId, ProjectRole.SPONSOR);
		keepInStep(previousOwner, this.businessOwnerId, ProjectRole.VIEWER);
		this.updatedAt = now();
	}

	private static <T> void replace(Set<T> target, Set<T> values) {
		if (!target.equals(values)) {
			target.retainAll(values);
			target.addAll(values);
		}
	}

	/** The person named in a role-giving field holds the matching membership. */
	private void keepInStep(Long before, Long after, ProjectRole role) {
		if (before != null && !before.equals(after)) {
			this.members.remove(new ProjectMembership(before, role));
		}
		if (after != null) {
			this.members.add(new ProjectMembership(after, role));
		}
	}

	private static String healthReason(Health health, String reason) {
		String trimmed = (reason == null || reason.isBlank()) ? null : reason.strip();
		if (health.needsReason() && trimmed == null) {
			throw new RuleViolationException("healthReason", "portfolio.error.healthReason",
					"amber and red need a reason");
		}
		if (trimmed != null && trimmed.length() > Rules.REASON_MAX) {
			throw new RuleViolationException("healthReason", "portfolio.error.reason",
					"a reason of 1 to " + Rules.REASON_MAX + " characters is required", Rules.REASON_MAX);
		}
		return trimmed;
	}

	static Set<String> normaliseTags(List<String> raw) {
		Set<String> tags = new LinkedHashSet<>();
		for (String tag : raw) {
			String t = tag.strip().toLowerCase(Locale.ROOT);
			if (t.isEmpty()) {
				continue;
			}
			if (t.length() > TAG_MAX) {
				throw new RuleViolationException("tags", "portfolio.error.tagTooLong",
						"each tag may have at most " + TAG_MAX + " characters", TAG_MAX);
			}
			tags.add(t);
		}
		if (tags.size() > MAX_TAGS) {
			throw new RuleViolationException("tags", "portfolio.error.tooManyTags",
					"a project may have at most " + MAX_TAGS + " tags", MAX_TAGS);
		}
		return tags;
	}

	/**
	 * Moves the project to the target stage, when its lifecycle allows, and records why.
	 */
	ProjectStageChanged advanceTo(Stage target, String reason, Actor who) {
		if (target == null || !allowedNextStages().contains(target)) {
			throw new RuleViolationException("stage", "portfolio.error.stageNotAllowed",
					"a project in " + this.stage + " may not move to " + target, this.stage, target);
		}
		String why = Rules.reason("reason", reason);
		Stage from = this.stage;
		Instant when = now();
		this.heldInStage = (target == Stage.ON_HOLD) ? from : null;
		this.stage = target;
		this.stageHistory.add(new StageChange(from, target, why, who.id(), who.displayName(), when));
		this.updatedAt = when;
		return new ProjectStageChanged(this.id, this.code, this.classification, from, target, why, who.id(), when);
	}

	Set<Stage> allowedNextStages() {
		return this.stage.next(this.heldInStage);
	}

	void reportHealth(Health health, String reason) {
		if (health == null) {
			throw new RuleViolationException("health", "portfolio.error.required", "health is required");
		}
		this.healthReason = healthReason(health, reason);
		this.health = health;
		this.updatedAt = now();
	}

	/**
	 * Gives the person a role on the project (nothing changes if they hold it already).
	 */
	void grant(long personId, ProjectRole role) {
		if (role == null) {
			throw new RuleViolationException("role", "portfolio.error.required", "role is required");
		}
		if (this.members.add(new ProjectMembership(personId, role))) {
			this.updatedAt = now();
		}
	}

	/**
	 * Takes a role (or every role, when null) away from the person; refuses to take away
	 * a role the project's own fields give them (change the project manager, sponsor or
	 * business owner instead).
	 */
	void revoke(long personId, ProjectRole role) {
		for (ProjectMembership m : Set.copyOf(this.members)) {
			if (m.personId() == personId && (role == null || m.role() == role)) {
				if (followsField(m)) {
					throw new RuleViolationException("role", "portfolio.error.roleFromField",
							"this role follows the project's " + m.role()
									+ " field; change that field to take it away");
				}
				this.members.remove(m);
				this.updatedAt = now();
			}
		}
	}

	/** Whether the membership comes from the manager, sponsor or business owner field. */
	boolean followsField(ProjectMembership m) {
		return switch (m.role()) {
			case PROJECT_MANAGER -> Objects.equals(this.projectManagerId, m.personId());
			case SPONSOR -> Objects.equals(this.sponsorId, m.personId());
			case VIEWER -> Objects.equals(this.businessOwnerId, m.personId());
			case TEAM_MEMBER -> false;
		};
	}

	Set<ProjectRole> rolesOf(long personId) {
		Set<ProjectRole> roles = new HashSet<>();
		for (ProjectMembership m : this.members) {
			if (m.personId() == personId) {
				roles.add(m.role());
			}
		}
		return roles;
	}

	Long id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	String code() {
		return this.code;
	}

	String name() {
		return this.name;
	}

	String description() {
		return this.description;
	}

	ProjectType type() {
		return this.type;
	}

	Methodology methodology() {
		return this.methodology;
	}

	Stage stage() {
		return this.stage;
	}

	Classification classification() {
		return this.classification;
	}

	long portfolioId() {
		return this.portfolioId;
	}

	Long programmeId() {
		return this.programmeId;
	}

	Long sponsorId() {
		return this.sponsorId;
	}

	Long businessOwnerId() {
		return this.businessOwnerId;
	}

	Long projectManagerId() {
		return this.projectManagerId;
	}

	LocalDate plannedStart() {
		return this.plannedStart;
	}

	LocalDate plannedFinish() {
		return this.plannedFinish;
	}

	Health health() {
		return this.health;
	}

	String healthReason() {
		return this.healthReason;
	}

	Set<Long> squadIds() {
		return new TreeSet<>(this.squadIds);
	}

	Set<String> tags() {
		return new TreeSet<>(this.tags);
	}

	Set<ProjectMembership> members() {
		return Set.copyOf(this.members);
	}

	List<StageChange> stageHistory() {
		return List.copyOf(this.stageHistory);
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	Snapshot snapshot() {
		List<String> memberList = this.members.stream()
			.sorted(java.util.Comparator.comparingLong(ProjectMembership::personId)
				.thenComparing(ProjectMembership::role))
			.map(m -> m.personId() + ":" + m.role())
			.toList();
		return new Snapshot(this.code, this.name, this.description, this.type, this.methodology, this.stage,
				this.classification, this.portfolioId, this.programmeId, this.sponsorId, this.businessOwnerId,
				this.projectManagerId, squadIds(), this.plannedStart, this.plannedFinish, this.health,
				this.healthReason, tags(), memberList);
	}

	/** The state recorded in the audit trail. */
	record Snapshot(String code, String name, String description, ProjectType type, Methodology methodology,
			Stage stage, Classification classification, long portfolioId, Long programmeId, Long sponsorId,
			Long businessOwnerId, Long projectManagerId, Set<Long> squadIds, LocalDate plannedStart,
			LocalDate plannedFinish, Health health, String healthReason, Set<String> tags, List<String> members) {
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

}

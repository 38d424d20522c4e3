package org.agilepmo.intake.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.portfolio.Methodology;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.RuleViolationException;
import org.hibernate.annotations.BatchSize;

/**
 * A concept note: the aggregate of demand intake. It changes through intents that keep
 * its rules: the submitter revises it while it is only submitted, assessors record the
 * assessment and scores while it is open for assessment, and decisions move it only along
 * {@link NoteStatus#next()}.
 * <p>
 * It is one long file because it is one aggregate: the note, its assessment, its scores
 * and its decisions change together under one version, and each intent guards the others'
 * state.
 */
@Entity
@Table(name = "concept_note")
public class ConceptNote {

	static final int TEXT_MAX = 4000;

	static final int MAX_LINES = 100;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String problem;

	@Column(nullable = false)
	private String objectives;

	@Column(name = "business_owner_id")
	private Long businessOwnerId;

	@Column(name = "expected_benefits")
	private String expectedBenefits;

	private String scope;

	@Column(name = "rough_cost")
	private BigDecimal roughCost;

	@Column(nullable = false)
	private String currency;

	@Column(name = "rough_effort_days")
	private BigDecimal roughEffortDays;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Urgency urgency;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Classification classification;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NoteStatus status;

	@Column(name = "submitted_by", nullable = false, updatable = false)
	private long submittedBy;

	@Column(name = "submitted_at", nullable = false, updatable = false)
	private Instant submittedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "concept_note_objective", joinColumns = @JoinColumn(name = "note_id"))
	@OrderColumn(name = "position")
	@Column(name = "objective", nullable = false)
	@BatchSize(size = 50)
	private List<String> strategicObjectives = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "concept_note_attachment", joinColumns = @JoinColumn(name = "note_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<Attachment> attachments = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "concept_note_assessor", joinColumns = @JoinColumn(name = "note_id"))
	@Column(name = "person_id", nullable = false)
	@BatchSize(size = 50)
	private Set<Long> assessorIds = new HashSet<>();

	@Enumerated(EnumType.STRING)
	private Feasibility feasibility;

	@Column(name = "expected_sla")
	private String expectedSla;

	@Enumerated(EnumType.STRING)
	@Column(name = "proposed_method")
	private Methodology proposedMethod;

	@Enumerated(EnumType.STRING)
	@Column(name = "arb_opinion")
	private ArbOpinion arbOpinion;

	@Column(name = "arb_comment")
	private String arbComment;

	@Column(name = "assessment_summary")
	private String assessmentSummary;

	@Column(name = "assessed_by")
	private Long assessedBy;

	@Column(name = "assessed_at")
	private Instant assessedAt;

	@ElementCollection
	@CollectionTable(name = "concept_note_cost", joinColumns = @JoinColumn(name = "note_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<CostLine> costs = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "concept_note_risk", joinColumns = @JoinColumn(name = "note_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<InitialRisk> risks = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "concept_note_resource", joinColumns = @JoinColumn(name = "note_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<ResourceEstimate> resources = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "concept_note_requires", joinColumns = @JoinColumn(name = "note_id"))
	@Column(name = "required_note_id", nullable = false)
	@BatchSize(size = 50)
	private Set<Long> requires = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "concept_note_excludes", joinColumns = @JoinColumn(name = "note_id"))
	@Column(name = "excluded_note_id", nullable = false)
	@BatchSize(size = 50)
	private Set<Long> excludes = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "concept_note_score", joinColumns = @JoinColumn(name = "note_id"))
	@MapKeyColumn(name = "criterion_id")
	@Column(name = "score_value", nullable = false)
	@BatchSize(size = 50)
	private Map<Long, Integer> scores = new HashMap<>();

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "note_id", nullable = false, updatable = false)
	@OrderBy("decidedAt, id")
	private List<NoteDecision> decisions = new ArrayList<>();

	@Column(name = "project_id")
	private Long projectId;

	protected ConceptNote() {
	}

	/** A new note, submitted by the actor. */
	static ConceptNote submit(NoteDraft draft, Actor submitter) {
		ConceptNote note = new ConceptNote();
		note.status = NoteStatus.SUBMITTED;
		note.submittedBy = submitter.id();
		note.submittedAt = now();
		note.apply(draft);
		return note;
	}

	/**
	 * The submitter changes what they stated; only while the note is merely submitted.
	 */
	void revise(NoteDraft draft) {
		if (this.status != NoteStatus.SUBMITTED) {
			throw new RuleViolationException("status", "intake.error.noLongerEditable",
					"a note may be revised only while it is submitted");
		}
		apply(draft);
	}

	private void apply(NoteDraft d) {
		String title = Texts.required("title", d.title(), 200);
		String problem = Texts.required("problem", d.problem(), TEXT_MAX);
		String objectives = Texts.required("objectives", d.objectives(), TEXT_MAX);
		String benefits = Texts.optional("expectedBenefits", d.expectedBenefits(), TEXT_MAX);
		String scope = Texts.optional("scope", d.scope(), TEXT_MAX);
		if (d.roughCost() != null && d.roughCost().signum() < 0) {
			throw new RuleViolationException("roughCost", "intake.error.negative", "roughCost may not be negative");
		}
		if (d.roughEffortDays() != null && d.roughEffortDays().signum() < 0) {
			throw new RuleViolationException("roughEffortDays", "intake.error.negative",
					"roughEffortDays may not be negative");
		}
		String currency = currency(d.currency());
		if (d.urgency() == null) {
			throw new RuleViolationException("urgency", "intake.error.required", "urgency is required");
		}
		if (d.classification() == null) {
			throw new RuleViolationException("classification", "intake.error.required", "classification is required");
		}
		if (d.strategicObjectives().size() > 20) {
			throw new RuleViolationException("strategicObjectives", "intake.error.tooMany",
					"at most 20 strategic objectives", 20);
		}
		List<String> strategic = new ArrayList<>();
		for (String o : d.strategicObjectives()) {
			strategic.add(Texts.required("strategicObjectives", o, 200));
		}
		if (d.attachments().size() > 20) {
			throw new RuleViolationException("attachments", "intake.error.tooMany", "at most 20 attachments", 20);
		}
		List<Attachment> links = new ArrayList<>();
		for (Attachment a : d.attachments()) {
			links
				.add(new Attachment(Texts.required("attachments", a.label(), 200), Texts.link("attachments", a.url())));
		}
		this.title = title;
		this.problem = problem;
		this.objectives = objectives;
		this.businessOwnerId = d.businessOwnerId();
		this.expectedBenefits = benefits;
		this.scope = scope;
		this.roughCost = d.roughCost();
		this.currency = currency;
		this.roughEffortDays = d.roughEffortDays();
		this.urgency = d.urgency();
		this.classification = d.classification();
		this.strategicObjectives.clear();
		this.strategicObjectives.addAll(strategic);
		this.attachments.clear();
		this.attachments.addAll(links);
		this.updatedAt = now();
	}

	private static String currency(String code) {
		if (code == null || code.isBlank()) {
			return "EUR";
		}
		try {
			return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT)).getCurrencyCode();
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolationException("currency", "intake.error.currency",
					"currency must be an ISO 4217 code such as EUR");
		}
	}

	/** Names a person as an assessor of this note. */
	boolean addAssessor(long personId) {
		boolean added = this.assessorIds.add(personId);
		if (added) {
			this.updatedAt = now();
		}
		return added;
	}

	void recordAssessment(AssessmentDraft d, Actor assessor) {
		requireOpenForAssessment();
		if (d.costs().size() > MAX_LINES || d.risks().size() > MAX_LINES || d.resources().size() > MAX_LINES) {
			throw new RuleViolationException("costs", "intake.error.tooMany", "at most 100 lines each", MAX_LINES);
		}
		List<CostLine> costs = new ArrayList<>();
		for (CostLine c : d.costs()) {
			if (c.category() == null || c.kind() == null) {
				throw new RuleViolationException("costs", "intake.error.required", "each cost needs category and kind");
			}
			if (c.amount() == null || c.amount().signum() < 0) {
				throw new RuleViolationException("costs", "intake.error.negative",
						"each cost needs an amount of zero or more");
			}
			costs.add(new CostLine(c.category(), c.kind(), c.amount(), Texts.optional("costs", c.description(), 500)));
		}
		List<InitialRisk> risks = new ArrayList<>();
		for (InitialRisk r : d.risks()) {
			if (r.probability() < 1 || r.probability() > 5 || r.impact() < 1 || r.impact() > 5) {
				throw new RuleViolationException("risks", "intake.error.riskScale",
						"probability and impact go from 1 to 5");
			}
			risks.add(new InitialRisk(Texts.required("risks", r.title(), 300), r.probability(), r.impact(),
					Texts.optional("risks", r.mitigation(), 1000)));
		}
		List<ResourceEstimate> resources = new ArrayList<>();
		for (ResourceEstimate r : d.resources()) {
			String period = Texts.required("resources", r.period(), 7);
			try {
				YearMonth.parse(period);
			}
			catch (DateTimeParseException ex) {
				throw new RuleViolationException("resources", "intake.error.period",
						"a period is a month written yyyy-MM");
			}
			if (r.personDays() == null || r.personDays().signum() < 0) {
				throw new RuleViolationException("resources", "intake.error.negative",
						"person-days may not be negative");
			}
			resources.add(new ResourceEstimate(Texts.required("resources", r.skill(), 100), period, r.personDays()));
		}
		this.feasibility = d.feasibility();
		this.expectedSla = Texts.optional("expectedSla", d.expectedSla(), 1000);
		this.proposedMethod = d.proposedMethod();
		this.arbOpinion = d.arbOpinion() == null ? ArbOpinion.PENDING : d.arbOpinion();
		this.arbComment = Texts.optional("arbComment", d.arbComment(), 2000);
		this.assessmentSummary = Texts.optional("summary", d.summary(), TEXT_MAX);
		replace(this.costs, costs);
		replace(this.risks, risks);
		replace(this.resources, resources);
		if (!this.requires.equals(new TreeSet<>(d.requires()))) {
			this.requires.clear();
			this.requires.addAll(d.requires());
		}
		if (!this.excludes.equals(new TreeSet<>(d.excludes()))) {
			this.excludes.clear();
			this.excludes.addAll(d.excludes());
		}
		this.assessedBy = assessor.id();
		this.assessedAt = now();
		this.updatedAt = this.assessedAt;
	}

	private static <T> void replace(List<T> target, List<T> values) {
		if (!target.equals(values)) {
			target.clear();
			target.addAll(values);
		}
	}

	/** Replaces the note's scores; every value must be on its criterion's scale. */
	void score(Map<Long, Integer> values, Map<Long, WeightedScoring.Criterion> criteria) {
		requireOpenForAssessment();
		for (Map.Entry<Long, Integer> e : values.entrySet()) {
			WeightedScoring.Criterion c = criteria.get(e.getKey());
			if (c == null) {
				throw new RuleViolationException("scores", "intake.error.unknownCriterion",
						"there is no active criterion " + e.getKey());
			}
			if (e.getValue() == null || !c.accepts(e.getValue())) {
				throw new RuleViolationException("scores", "intake.error.outsideScale",
						"score " + e.getValue() + " is outside the scale " + c.scaleMin() + "–" + c.scaleMax(),
						c.scaleMin(), c.scaleMax());
			}
		}
		if (!this.scores.equals(values)) {
			this.scores.clear();
			this.scores.putAll(values);
		}
		this.updatedAt = now();
	}

	private void requireOpenForAssessment() {
		if (!this.status.isOpenForAssessment()) {
			throw new RuleViolationException("status", "intake.error.closedForAssessment",
					"a note in " + this.status + " is closed for assessment");
		}
	}

	/** Moves the note along its decision flow and records the decision. */
	NoteDecision decide(NoteStatus target, String reason, String conditions, Actor who) {
		if (!this.status.mayMoveTo(target)) {
			throw new RuleViolationException("status", "intake.error.transition",
					"a note in " + this.status + " may not move to " + target, this.status, target);
		}
		String why = Texts.required("reason", reason, 1000);
		String terms = Texts.optional("conditions", conditions, 2000);
		NoteDecision decision = new NoteDecision(this.status, target, why, terms, who.id(), who.displayName(), now());
		this.decisions.add(decision);
		this.status = target;
		this.updatedAt = decision.decidedAt();
		return decision;
	}

	void becameProject(long projectId) {
		if (this.status != NoteStatus.APPROVED) {
			throw new IllegalStateException("only an approved note becomes a project");
		}
		this.projectId = projectId;
	}

	/** The notes that must be done for this one to be done (note ids). */
	public Set<Long> requires() {
		return Collections.unmodifiableSet(new TreeSet<>(this.requires));
	}

	/** The notes that cannot be done together with this one (note ids). */
	public Set<Long> excludes() {
		return Collections.unmodifiableSet(new TreeSet<>(this.excludes));
	}

	CostEvaluation costEvaluation() {
		return CostEvaluation.of(this.costs);
	}

	BigDecimal estimatedEffortDays() {
		BigDecimal total = BigDecimal.ZERO;
		for (ResourceEstimate r : this.resources) {
			total = total.add(r.personDays());
		}
		return total;
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	Snapshot snapshot() {
		return new Snapshot(this.title, this.status, this.classification, this.urgency, this.roughCost, this.currency,
				this.roughEffortDays, this.businessOwnerId, List.copyOf(this.strategicObjectives),
				this.attachments.size(), new TreeSet<>(this.assessorIds), this.feasibility, this.proposedMethod,
				this.arbOpinion, List.copyOf(this.costs), List.copyOf(this.risks), List.copyOf(this.resources),
				new TreeMap<>(this.scores), new TreeSet<>(this.requires), new TreeSet<>(this.excludes), this.projectId);
	}

	/** The state recorded in the audit trail. */
	record Snapshot(String title, NoteStatus status, Classification classification, Urgency urgency,
			BigDecimal roughCost, String currency, BigDecimal roughEffortDays, Long businessOwnerId,
			List<String> strategicObjectives, int attachments, Set<Long> assessors, Feasibility feasibility,
			Methodology proposedMethod, ArbOpinion arbOpinion, List<CostLine> costs, List<InitialRisk> risks,
			List<ResourceEstimate> resources, Map<Long, Integer> scores, Set<Long> requires, Set<Long> excludes,
			Long projectId) {
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public String title() {
		return this.title;
	}

	public String problem() {
		return this.problem;
	}

	public String objectives() {
		return this.objectives;
	}

	public Long businessOwnerId() {
		return this.businessOwnerId;
	}

	public String expectedBenefits() {
		return this.expectedBenefits;
	}

	public String scope() {
		return this.scope;
	}

	public BigDecimal roughCost() {
		return this.roughCost;
	}

	public String currency() {
		return this.currency;
	}

	public BigDecimal roughEffortDays() {
		return this.roughEffortDays;
	}

	public Urgency urgency() {
		return this.urgency;
	}

	public Classification classification() {
		return this.classification;
	}

	public NoteStatus status() {
		return this.status;
	}

	public long submittedBy() {
		return this.submittedBy;
	}

	public Instant submittedAt() {
		return this.submittedAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public List<String> strategicObjectives() {
		return List.copyOf(this.strategicObjectives);
	}

	public List<Attachment> attachments() {
		return List.copyOf(this.attachments);
	}

	public Set<Long> assessorIds() {
		return Set.copyOf(this.assessorIds);
	}

	public Feasibility feasibility() {
		return this.feasibility;
	}

	public String expectedSla() {
		return this.expectedSla;
	}

	public Methodology proposedMethod() {
		return this.proposedMethod;
	}

	public ArbOpinion arbOpinion() {
		return this.arbOpinion;
	}

	public String arbComment() {
		return this.arbComment;
	}

	public String assessmentSummary() {
		return this.assessmentSummary;
	}

	public Long assessedBy() {
		return this.assessedBy;
	}

	public Instant assessedAt() {
		return this.assessedAt;
	}

	public List<CostLine> costs() {
		return List.copyOf(this.costs);
	}

	public List<InitialRisk> risks() {
		return List.copyOf(this.risks);
	}

	public List<ResourceEstimate> resources() {
		return List.copyOf(this.resources);
	}

	public Map<Long, Integer> scores() {
		return Map.copyOf(this.scores);
	}

	public List<NoteDecision> decisions() {
		return List.copyOf(this.decisions);
	}

	public Long projectId() {
		return this.projectId;
	}

}

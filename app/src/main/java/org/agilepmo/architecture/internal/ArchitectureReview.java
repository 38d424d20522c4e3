package org.agilepmo.architecture.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.RuleViolationException;

/**
 * A review by the architecture board, requested by a project at one of its gates (or by a
 * concept note before it is a project): what is reviewed, the standards that apply with
 * whether they are met, the reviewers, and the decision. Approved with conditions needs
 * at least one condition; each is followed as an action.
 */
@Entity
@Table(name = "architecture_review")
public class ArchitectureReview {

	/** Requested (waiting for the board), decided. */
	public enum Status {

		REQUESTED, DECIDED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "project_id", updatable = false)
	private Long projectId;

	@Column(name = "concept_note_id", updatable = false)
	private Long conceptNoteId;

	@Enumerated(EnumType.STRING)
	@Column(name = "gate_stage")
	private Stage gateStage;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReviewKind kind;

	@Column(nullable = false)
	private String title;

	private String summary;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Enumerated(EnumType.STRING)
	private ReviewDecision decision;

	@Column(name = "decision_note")
	private String decisionNote;

	@Column(name = "requested_by", nullable = false, updatable = false)
	private long requestedBy;

	@Column(name = "requested_at", nullable = false, updatable = false)
	private Instant requestedAt;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "architecture_review_standard", joinColumns = @JoinColumn(name = "review_id"))
	private List<ChecklistItem> checklist = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "architecture_review_reviewer", joinColumns = @JoinColumn(name = "review_id"))
	@Column(name = "person_id")
	private Set<Long> reviewers = new TreeSet<>();

	protected ArchitectureReview() {
	}

	ArchitectureReview(Long projectId, Long conceptNoteId, Stage gateStage, ReviewKind kind, String title,
			String summary, Set<Long> standards, Set<Long> reviewers, long requestedBy, Instant now) {
		if ((projectId == null) == (conceptNoteId == null)) {
			throw new RuleViolationException("projectId", "architecture.error.subject",
					"a review is requested by one project or one concept note");
		}
		this.projectId = projectId;
		this.conceptNoteId = conceptNoteId;
		this.gateStage = gateStage;
		this.kind = Texts.present("kind", kind);
		this.title = Texts.required("title", title, 200);
		this.summary = Texts.optional("summary", summary, 4000);
		this.status = Status.REQUESTED;
		this.requestedBy = requestedBy;
		this.requestedAt = now;
		for (Long s : standards == null ? Set.<Long>of() : new TreeSet<>(standards)) {
			this.checklist.add(new ChecklistItem(s, null));
		}
		this.reviewers = new TreeSet<>(reviewers == null ? Set.of() : reviewers);
	}

	void assign(Set<Long> reviewers) {
		requireOpen();
		this.reviewers = new TreeSet<>(reviewers);
	}

	/** Says whether each standard of the checklist is met (absent: left as it was). */
	void assess(Map<Long, Boolean> met) {
		requireOpen();
		for (ChecklistItem item : this.checklist) {
			if (met.containsKey(item.entryId())) {
				item.assess(met.get(item.entryId()));
			}
		}
	}

	void decide(ReviewDecision decision, String note, int conditions, long by, Instant now) {
		requireOpen();
		Texts.present("decision", decision);
		if (decision == ReviewDecision.APPROVED_WITH_CONDITIONS && conditions == 0) {
			throw new RuleViolationException("conditions", "architecture.error.conditionsNeeded",
					"approving with conditions needs at least one condition");
		}
		if (decision != ReviewDecision.APPROVED_WITH_CONDITIONS && conditions > 0) {
			throw new RuleViolationException("conditions", "architecture.error.conditionsOnlyWith",
					"conditions come with an approval with conditions");
		}
		String n = Texts.optional("decisionNote", note, 4000);
		if (decision == ReviewDecision.REJECTED && n == null) {
			throw new RuleViolationException("decisionNote", "architecture.error.rejectionReason",
					"say why the solution is rejected");
		}
		this.decision = decision;
		this.decisionNote = n;
		this.status = Status.DECIDED;
		this.decidedBy = by;
		this.decidedAt = now;
	}

	void requireOpen() {
		if (this.status == Status.DECIDED) {
			throw new RuleViolationException("status", "architecture.error.decided", "the board has decided");
		}
	}

	/** Whether it satisfies the gate item for a project about to enter the stage. */
	boolean satisfies(String itemCode, Stage entering) {
		return this.decision != null && this.decision.approves() && this.kind.gateItem().equals(itemCode)
				&& this.gateStage == entering;
	}

	Map<String, Object> state() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("projectId", this.projectId);
		s.put("conceptNoteId", this.conceptNoteId);
		s.put("gateStage", this.gateStage);
		s.put("kind", this.kind);
		s.put("title", this.title);
		s.put("status", this.status);
		s.put("decision", this.decision);
		s.put("decisionNote", this.decisionNote);
		s.put("reviewers", this.reviewers);
		return s;
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public Long projectId() {
		return this.projectId;
	}

	public Long conceptNoteId() {
		return this.conceptNoteId;
	}

	public Stage gateStage() {
		return this.gateStage;
	}

	public ReviewKind kind() {
		return this.kind;
	}

	public String title() {
		return this.title;
	}

	public String summary() {
		return this.summary;
	}

	public Status status() {
		return this.status;
	}

	public ReviewDecision decision() {
		return this.decision;
	}

	public String decisionNote() {
		return this.decisionNote;
	}

	public long requestedBy() {
		return this.requestedBy;
	}

	public Instant requestedAt() {
		return this.requestedAt;
	}

	public Long decidedBy() {
		return this.decidedBy;
	}

	public Instant decidedAt() {
		return this.decidedAt;
	}

	public List<ChecklistItem> checklist() {
		return List.copyOf(this.checklist);
	}

	public Set<Long> reviewers() {
		return Set.copyOf(this.reviewers);
	}

	public boolean isOpen() {
		return this.status == Status.REQUESTED;
	}

}

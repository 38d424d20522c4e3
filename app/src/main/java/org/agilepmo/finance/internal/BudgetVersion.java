package org.agilepmo.finance.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One version of a project's budget: the original, then each revision. A version is
 * drafted (its lines added and removed), then approved; approving a revision supersedes
 * the version approved before it. An approved or superseded version never changes, so the
 * history of the budget is the list of its versions.
 */
@Entity
@Table(name = "finance_budget_version")
public class BudgetVersion {

	/** The original budget, or a revision of it. */
	public enum Kind {

		ORIGINAL, REVISED

	}

	/** Where a version is in its life. */
	public enum Status {

		DRAFT, APPROVED, SUPERSEDED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "project_id", nullable = false)
	private long projectId;

	@Column(nullable = false)
	private int number;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private String currency;

	private String reason;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "approved_by")
	private String approvedBy;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "finance_budget_line", joinColumns = @JoinColumn(name = "budget_version_id"))
	@OrderColumn(name = "position")
	private List<BudgetLine> lines = new ArrayList<>();

	protected BudgetVersion() {
	}

	private BudgetVersion(long projectId, int number, Kind kind, String currency, String reason, String createdBy,
			Instant at) {
		this.projectId = projectId;
		this.number = number;
		this.kind = kind;
		this.status = Status.DRAFT;
		this.currency = currency;
		this.reason = reason;
		this.createdBy = createdBy;
		this.createdAt = at;
	}

	/** The project's first budget, a draft without lines. */
	static BudgetVersion original(long projectId, String currency, String reason, String createdBy, Instant at) {
		return new BudgetVersion(projectId, 1, Kind.ORIGINAL, currency, reason, createdBy, at);
	}

	/** A draft revision that starts from this approved version's lines. */
	BudgetVersion revise(int number, String reason, String createdBy, Instant at) {
		if (this.status != Status.APPROVED) {
			throw Rules.violation("reason", "reviseApprovedOnly", "only the approved budget can be revised");
		}
		BudgetVersion revision = new BudgetVersion(this.projectId, number, Kind.REVISED, this.currency, reason,
				createdBy, at);
		this.lines.forEach(line -> revision.lines.add(line.copy()));
		return revision;
	}

	/** Adds a line to the draft, or replaces the line of the same code. */
	void putLine(BudgetLine line) {
		requireDraft();
		for (int i = 0; i < this.lines.size(); i++) {
			if (this.lines.get(i).code().equals(line.code())) {
				this.lines.set(i, line);
				return;
			}
		}
		this.lines.add(line);
	}

	void removeLine(String code) {
		requireDraft();
		if (!this.lines.removeIf(line -> line.code().equals(code))) {
			throw Rules.violation("code", "unknownLine", "there is no budget line " + code, code);
		}
	}

	/** Approves the draft; it needs at least one line. */
	void approve(String by, Instant at) {
		requireDraft();
		if (this.lines.isEmpty()) {
			throw Rules.violation("lines", "emptyBudget", "a budget needs at least one line to be approved");
		}
		this.status = Status.APPROVED;
		this.approvedBy = by;
		this.approvedAt = at;
	}

	void supersede() {
		if (this.status == Status.APPROVED) {
			this.status = Status.SUPERSEDED;
		}
	}

	private void requireDraft() {
		if (this.status != Status.DRAFT) {
			throw Rules.violation("status", "notDraft", "an approved budget does not change: revise it");
		}
	}

	/** The next free line code, L1, L2… across what the version holds. */
	String nextCode() {
		int max = 0;
		for (BudgetLine line : this.lines) {
			if (line.code().matches("L\\d{1,6}")) {
				max = Math.max(max, Integer.parseInt(line.code().substring(1)));
			}
		}
		return "L" + (max + 1);
	}

	public BigDecimal total() {
		return this.lines.stream().map(BudgetLine::total).reduce(Money.zero(this.currency), BigDecimal::add);
	}

	public java.util.Optional<BudgetLine> line(String code) {
		return this.lines.stream().filter(l -> l.code().equals(code)).findFirst();
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long projectId() {
		return this.projectId;
	}

	public int number() {
		return this.number;
	}

	public Kind kind() {
		return this.kind;
	}

	public Status status() {
		return this.status;
	}

	public boolean isDraft() {
		return this.status == Status.DRAFT;
	}

	public String currency() {
		return this.currency;
	}

	public String reason() {
		return this.reason;
	}

	public String createdBy() {
		return this.createdBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public String approvedBy() {
		return this.approvedBy;
	}

	public Instant approvedAt() {
		return this.approvedAt;
	}

	public List<BudgetLine> lines() {
		return List.copyOf(this.lines);
	}

	/** What the audit trail keeps of a version. */
	Object snapshot() {
		return java.util.Map.of("number", this.number, "kind", this.kind, "status", this.status, "currency",
				this.currency, "total", total().toPlainString(), "lines", this.lines.size());
	}

}

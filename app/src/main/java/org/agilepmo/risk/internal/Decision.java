package org.agilepmo.risk.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.shared.RuleViolationException;

/**
 * An entry of a project's decision log: what was decided, when, by whom, the options that
 * were weighed and why this one; it may answer a risk or an issue.
 */
@Entity
@Table(name = "risk_decision")
public class Decision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "project_id", nullable = false, updatable = false)
	private long projectId;

	@Column(name = "risk_id")
	private Long riskId;

	@Column(name = "issue_id")
	private Long issueId;

	@Column(nullable = false)
	private String decision;

	@Column(name = "decided_on", nullable = false)
	private LocalDate decidedOn;

	@Column(name = "decided_by", nullable = false)
	private String decidedBy;

	private String options;

	private String rationale;

	protected Decision() {
	}

	Decision(long projectId, Long riskId, Long issueId, String decision, LocalDate decidedOn, String decidedBy,
			String options, String rationale) {
		if (decidedOn == null) {
			throw new RuleViolationException("decidedOn", "risk.error.required", "is required");
		}
		this.projectId = projectId;
		this.riskId = riskId;
		this.issueId = issueId;
		this.decision = Texts.required("decision", decision, 1000);
		this.decidedOn = decidedOn;
		this.decidedBy = Texts.required("decidedBy", decidedBy, 200);
		this.options = Texts.optional("options", options, 2000);
		this.rationale = Texts.optional("rationale", rationale, 2000);
	}

	/** Corrects the entry: what was decided, when, by whom, on what and why. */
	void change(Long riskId, Long issueId, String decision, LocalDate decidedOn, String decidedBy, String options,
			String rationale) {
		if (decidedOn == null) {
			throw new RuleViolationException("decidedOn", "risk.error.required", "is required");
		}
		this.riskId = riskId;
		this.issueId = issueId;
		this.decision = Texts.required("decision", decision, 1000);
		this.decidedOn = decidedOn;
		this.decidedBy = Texts.required("decidedBy", decidedBy, 200);
		this.options = Texts.optional("options", options, 2000);
		this.rationale = Texts.optional("rationale", rationale, 2000);
	}

	public String code() {
		return "D-" + this.id;
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

	public Long riskId() {
		return this.riskId;
	}

	public Long issueId() {
		return this.issueId;
	}

	public String decision() {
		return this.decision;
	}

	public LocalDate decidedOn() {
		return this.decidedOn;
	}

	public String decidedBy() {
		return this.decidedBy;
	}

	public String options() {
		return this.options;
	}

	public String rationale() {
		return this.rationale;
	}

	String state() {
		return code() + " \"" + this.decision + "\" on " + this.decidedOn + " by " + this.decidedBy + " risk "
				+ this.riskId + " issue " + this.issueId;
	}

}

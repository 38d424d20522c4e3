package org.agilepmo.risk.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.agilepmo.risk.internal.Decision;
import org.agilepmo.risk.internal.DecisionService.DecisionDraft;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The decision log's form: the decision, when and by whom it was taken, the options
 * considered, the rationale and the risk it answers (and the version changed).
 */
public class DecisionForm {

	@Size(max = 1000)
	private String decision;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate decidedOn;

	@Size(max = 200)
	private String decidedBy;

	@Size(max = 2000)
	private String options;

	@Size(max = 2000)
	private String rationale;

	private Long riskId;

	private long version;

	static DecisionForm of(Decision d) {
		DecisionForm form = new DecisionForm();
		form.decision = d.decision();
		form.decidedOn = d.decidedOn();
		form.decidedBy = d.decidedBy();
		form.options = d.options();
		form.rationale = d.rationale();
		form.riskId = d.riskId();
		form.version = d.version();
		return form;
	}

	DecisionDraft toDraft(Long issueId) {
		return new DecisionDraft(this.decision, this.decidedOn, this.decidedBy, this.options, this.rationale,
				this.riskId, issueId);
	}

	public String getDecision() {
		return this.decision;
	}

	public void setDecision(String decision) {
		this.decision = decision;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	public void setDecidedOn(LocalDate decidedOn) {
		this.decidedOn = decidedOn;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public void setDecidedBy(String decidedBy) {
		this.decidedBy = decidedBy;
	}

	public String getOptions() {
		return this.options;
	}

	public void setOptions(String options) {
		this.options = options;
	}

	public String getRationale() {
		return this.rationale;
	}

	public void setRationale(String rationale) {
		this.rationale = rationale;
	}

	public Long getRiskId() {
		return this.riskId;
	}

	public void setRiskId(Long riskId) {
		this.riskId = riskId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

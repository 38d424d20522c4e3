package org.agilepmo.intake.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.agilepmo.intake.internal.Attachment;
import org.agilepmo.intake.internal.NoteDraft;
import org.agilepmo.intake.internal.Urgency;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.RuleViolationException;

/**
 * The concept note form. Strategic objectives are one per line; attachments are links,
 * one per line as {@code label | https://…}.
 */
public class NoteForm {

	private String title;

	private String problem;

	private String objectives;

	private Long businessOwnerId;

	private String expectedBenefits;

	private String scope;

	private BigDecimal roughCost;

	private String currency = "EUR";

	private BigDecimal roughEffortDays;

	private Urgency urgency;

	private Classification classification = Classification.PUBLIC;

	private String strategicObjectives;

	private String attachments;

	private Long version;

	/** The form filled with what the note states now. */
	static NoteForm of(org.agilepmo.intake.internal.ConceptNote note) {
		NoteForm f = new NoteForm();
		f.title = note.title();
		f.problem = note.problem();
		f.objectives = note.objectives();
		f.businessOwnerId = note.businessOwnerId();
		f.expectedBenefits = note.expectedBenefits();
		f.scope = note.scope();
		f.roughCost = note.roughCost();
		f.currency = note.currency();
		f.roughEffortDays = note.roughEffortDays();
		f.urgency = note.urgency();
		f.classification = note.classification();
		f.strategicObjectives = String.join("\n", note.strategicObjectives());
		f.attachments = note.attachments()
			.stream()
			.map(a -> a.label() + " | " + a.url())
			.collect(java.util.stream.Collectors.joining("\n"));
		f.version = note.version();
		return f;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	NoteDraft toDraft() {
		List<String> strategic = this.strategicObjectives == null ? List.of()
				: Arrays.stream(this.strategicObjectives.split("\\R"))
					.map(String::strip)
					.filter(s -> !s.isEmpty())
					.toList();
		List<Attachment> links = new ArrayList<>();
		if (this.attachments != null) {
			for (String line : this.attachments.split("\\R")) {
				if (line.isBlank()) {
					continue;
				}
				int bar = line.lastIndexOf('|');
				if (bar < 0) {
					throw new RuleViolationException("attachments", "intake.error.attachmentLine",
							"write each link as: label | https://…");
				}
				links.add(new Attachment(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
			}
		}
		return new NoteDraft(this.title, this.problem, this.objectives, this.businessOwnerId, this.expectedBenefits,
				this.scope, this.roughCost, this.currency, this.roughEffortDays, this.urgency, this.classification,
				strategic, links);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getProblem() {
		return this.problem;
	}

	public void setProblem(String problem) {
		this.problem = problem;
	}

	public String getObjectives() {
		return this.objectives;
	}

	public void setObjectives(String objectives) {
		this.objectives = objectives;
	}

	public Long getBusinessOwnerId() {
		return this.businessOwnerId;
	}

	public void setBusinessOwnerId(Long businessOwnerId) {
		this.businessOwnerId = businessOwnerId;
	}

	public String getExpectedBenefits() {
		return this.expectedBenefits;
	}

	public void setExpectedBenefits(String expectedBenefits) {
		this.expectedBenefits = expectedBenefits;
	}

	public String getScope() {
		return this.scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	public BigDecimal getRoughCost() {
		return this.roughCost;
	}

	public void setRoughCost(BigDecimal roughCost) {
		this.roughCost = roughCost;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public BigDecimal getRoughEffortDays() {
		return this.roughEffortDays;
	}

	public void setRoughEffortDays(BigDecimal roughEffortDays) {
		this.roughEffortDays = roughEffortDays;
	}

	public Urgency getUrgency() {
		return this.urgency;
	}

	public void setUrgency(Urgency urgency) {
		this.urgency = urgency;
	}

	public Classification getClassification() {
		return this.classification;
	}

	public void setClassification(Classification classification) {
		this.classification = classification;
	}

	public String getStrategicObjectives() {
		return this.strategicObjectives;
	}

	public void setStrategicObjectives(String strategicObjectives) {
		this.strategicObjectives = strategicObjectives;
	}

	public String getAttachments() {
		return this.attachments;
	}

	public void setAttachments(String attachments) {
		this.attachments = attachments;
	}

}

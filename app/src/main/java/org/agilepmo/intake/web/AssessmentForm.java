package org.agilepmo.intake.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.agilepmo.intake.internal.ArbOpinion;
import org.agilepmo.intake.internal.AssessmentDraft;
import org.agilepmo.intake.internal.ConceptNote;
import org.agilepmo.intake.internal.CostCategory;
import org.agilepmo.intake.internal.CostKind;
import org.agilepmo.intake.internal.CostLine;
import org.agilepmo.intake.internal.Feasibility;
import org.agilepmo.intake.internal.InitialRisk;
import org.agilepmo.intake.internal.ResourceEstimate;
import org.agilepmo.portfolio.Methodology;

/**
 * The assessment form: a few rows each of costs, risks and resource estimates (blank rows
 * are ignored), and the assessor's judgements.
 */
public class AssessmentForm {

	static final int EXTRA_ROWS = 3;

	private long version;

	private List<CostRow> costs = new ArrayList<>();

	private List<RiskRow> risks = new ArrayList<>();

	private List<ResourceRow> resources = new ArrayList<>();

	private Feasibility feasibility;

	private String expectedSla;

	private Methodology proposedMethod;

	private ArbOpinion arbOpinion;

	private String arbComment;

	private String summary;

	private String requires;

	private String excludes;

	static AssessmentForm of(ConceptNote note) {
		AssessmentForm f = new AssessmentForm();
		f.version = note.version();
		for (CostLine c : note.costs()) {
			f.costs.add(new CostRow(c.category(), c.kind(), c.amount(), c.description()));
		}
		for (InitialRisk r : note.risks()) {
			f.risks.add(new RiskRow(r.title(), r.probability(), r.impact(), r.mitigation()));
		}
		for (ResourceEstimate r : note.resources()) {
			f.resources.add(new ResourceRow(r.skill(), r.period(), r.personDays()));
		}
		for (int i = 0; i < EXTRA_ROWS; i++) {
			f.costs.add(new CostRow());
			f.risks.add(new RiskRow());
			f.resources.add(new ResourceRow());
		}
		f.feasibility = note.feasibility();
		f.expectedSla = note.expectedSla();
		f.proposedMethod = note.proposedMethod();
		f.arbOpinion = note.arbOpinion();
		f.arbComment = note.arbComment();
		f.summary = note.assessmentSummary();
		f.requires = numbers(note.requires());
		f.excludes = numbers(note.excludes());
		return f;
	}

	AssessmentDraft toDraft() {
		List<CostLine> costLines = this.costs.stream()
			.filter(c -> c.amount != null || c.category != null)
			.map(c -> new CostLine(c.category, c.kind, c.amount, c.description))
			.toList();
		List<InitialRisk> riskLines = this.risks.stream()
			.filter(r -> r.title != null && !r.title.isBlank())
			.map(r -> new InitialRisk(r.title, r.probability == null ? 0 : r.probability,
					r.impact == null ? 0 : r.impact, r.mitigation))
			.toList();
		List<ResourceEstimate> resourceLines = this.resources.stream()
			.filter(r -> r.skill != null && !r.skill.isBlank())
			.map(r -> new ResourceEstimate(r.skill, r.period, r.personDays))
			.toList();
		return new AssessmentDraft(costLines, this.feasibility, riskLines, this.expectedSla, resourceLines,
				this.proposedMethod, this.arbOpinion, this.arbComment, this.summary, noteIds("requires", this.requires),
				noteIds("excludes", this.excludes));
	}

	/** Whether the note is among those chosen in {@code requires} or {@code excludes}. */
	public boolean chose(String field, long noteId) {
		try {
			return noteIds(field, "requires".equals(field) ? this.requires : this.excludes).contains(noteId);
		}
		catch (org.agilepmo.shared.RuleViolationException ex) {
			return false;
		}
	}

	private static String numbers(java.util.Set<Long> ids) {
		return String.join(", ", ids.stream().map(String::valueOf).toList());
	}

	/** Note numbers as typed: "12, 15" or "#12 #15". */
	static List<Long> noteIds(String field, String text) {
		List<Long> ids = new ArrayList<>();
		if (text == null) {
			return ids;
		}
		for (String part : text.split("[\\s,;]+")) {
			String number = part.startsWith("#") ? part.substring(1) : part;
			if (number.isEmpty()) {
				continue;
			}
			if (!number.matches("\\d{1,15}")) {
				throw new org.agilepmo.shared.RuleViolationException(field, "intake.error.noteNumbers",
						"write the numbers of the notes, separated by commas");
			}
			ids.add(Long.valueOf(number));
		}
		return ids;
	}

	public String getRequires() {
		return this.requires;
	}

	public void setRequires(String requires) {
		this.requires = requires;
	}

	public String getExcludes() {
		return this.excludes;
	}

	public void setExcludes(String excludes) {
		this.excludes = excludes;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public List<CostRow> getCosts() {
		return this.costs;
	}

	public void setCosts(List<CostRow> costs) {
		this.costs = costs;
	}

	public List<RiskRow> getRisks() {
		return this.risks;
	}

	public void setRisks(List<RiskRow> risks) {
		this.risks = risks;
	}

	public List<ResourceRow> getResources() {
		return this.resources;
	}

	public void setResources(List<ResourceRow> resources) {
		this.resources = resources;
	}

	public Feasibility getFeasibility() {
		return this.feasibility;
	}

	public void setFeasibility(Feasibility feasibility) {
		this.feasibility = feasibility;
	}

	public String getExpectedSla() {
		return this.expectedSla;
	}

	public void setExpectedSla(String expectedSla) {
		this.expectedSla = expectedSla;
	}

	public Methodology getProposedMethod() {
		return this.proposedMethod;
	}

	public void setProposedMethod(Methodology proposedMethod) {
		this.proposedMethod = proposedMethod;
	}

	public ArbOpinion getArbOpinion() {
		return this.arbOpinion;
	}

	public void setArbOpinion(ArbOpinion arbOpinion) {
		this.arbOpinion = arbOpinion;
	}

	public String getArbComment() {
		return this.arbComment;
	}

	public void setArbComment(String arbComment) {
		this.arbComment = arbComment;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	/** A cost row. */
	public static class CostRow {

		private CostCategory category;

		private CostKind kind = CostKind.ONE_OFF;

		private BigDecimal amount;

		private String description;

		public CostRow() {
		}

		CostRow(CostCategory category, CostKind kind, BigDecimal amount, String description) {
			this.category = category;
			this.kind = kind;
			this.amount = amount;
			this.description = description;
		}

		public CostCategory getCategory() {
			return this.category;
		}

		public void setCategory(CostCategory category) {
			this.category = category;
		}

		public CostKind getKind() {
			return this.kind;
		}

		public void setKind(CostKind kind) {
			this.kind = kind;
		}

		public BigDecimal getAmount() {
			return this.amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

	}

	/** A risk row. */
	public static class RiskRow {

		private String title;

		private Integer probability;

		private Integer impact;

		private String mitigation;

		public RiskRow() {
		}

		RiskRow(String title, Integer probability, Integer impact, String mitigation) {
			this.title = title;
			this.probability = probability;
			this.impact = impact;
			this.mitigation = mitigation;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public Integer getProbability() {
			return this.probability;
		}

		public void setProbability(Integer probability) {
			this.probability = probability;
		}

		public Integer getImpact() {
			return this.impact;
		}

		public void setImpact(Integer impact) {
			this.impact = impact;
		}

		public String getMitigation() {
			return this.mitigation;
		}

		public void setMitigation(String mitigation) {
			this.mitigation = mitigation;
		}

	}

	/** A resource estimate row. */
	public static class ResourceRow {

		private String skill;

		private String period;

		private BigDecimal personDays;

		public ResourceRow() {
		}

		ResourceRow(String skill, String period, BigDecimal personDays) {
			this.skill = skill;
			this.period = period;
			this.personDays = personDays;
		}

		public String getSkill() {
			return this.skill;
		}

		public void setSkill(String skill) {
			this.skill = skill;
		}

		public String getPeriod() {
			return this.period;
		}

		public void setPeriod(String period) {
			this.period = period;
		}

		public BigDecimal getPersonDays() {
			return this.personDays;
		}

		public void setPersonDays(BigDecimal personDays) {
			this.personDays = personDays;
		}

	}

}

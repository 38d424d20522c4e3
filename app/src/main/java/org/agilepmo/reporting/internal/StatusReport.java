package org.agilepmo.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.agilepmo.portfolio.Health;
import org.agilepmo.shared.RuleViolationException;

/**
 * A project's status report for one period: health overall and per dimension with a
 * reason for each amber or red, what was achieved, what comes next, the decisions needed
 * and the escalations, and the figures it was written on (kept as JSON). Its state
 * changes only through intent methods that refuse what its status does not allow.
 */
@Entity
@Table(name = "reporting_status_report")
public class StatusReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "project_id", nullable = false, updatable = false)
	private long projectId;

	@Column(name = "portfolio_id", nullable = false)
	private long portfolioId;

	@Column(name = "period_start", nullable = false, updatable = false)
	private LocalDate periodStart;

	@Column(name = "period_end", nullable = false, updatable = false)
	private LocalDate periodEnd;

	@Column(name = "due_on", nullable = false, updatable = false)
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReportStatus status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Health overall;

	@Column(name = "overall_reason")
	private String overallReason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Health scope;

	@Column(name = "scope_reason")
	private String scopeReason;

	@Enumerated(EnumType.STRING)
	@Column(name = "schedule_health", nullable = false)
	private Health schedule;

	@Column(name = "schedule_reason")
	private String scheduleReason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Health cost;

	@Column(name = "cost_reason")
	private String costReason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Health risk;

	@Column(name = "risk_reason")
	private String riskReason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Health resources;

	@Column(name = "resources_reason")
	private String resourcesReason;

	private String achievements;

	@Column(name = "next_steps")
	private String nextSteps;

	@Column(name = "decisions_needed")
	private String decisionsNeeded;

	private String escalations;

	@Column(nullable = false, length = 100000)
	private String figures;

	@Column(name = "figures_at", nullable = false)
	private Instant figuresAt;

	@Column(name = "author_id", nullable = false, updatable = false)
	private long authorId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "submitted_by")
	private Long submittedBy;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Column(name = "reviewed_by")
	private Long reviewedBy;

	@Column(name = "review_comment")
	private String reviewComment;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "published_by")
	private Long publishedBy;

	@Column(name = "distributed_at")
	private Instant distributedAt;

	protected StatusReport() {
	}

	StatusReport(long projectId, long portfolioId, LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn,
			long authorId, Instant now, String figures, Assessment suggested) {
		this.projectId = projectId;
		this.portfolioId = portfolioId;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.dueOn = dueOn;
		this.authorId = authorId;
		this.createdAt = now;
		this.status = ReportStatus.DRAFT;
		this.figures = figures;
		this.figuresAt = now;
		assess(suggested);
	}

	/**
	 * Health per dimension with reasons, and the narrative: what a project manager
	 * writes.
	 */
	public record Assessment(Health overall, String overallReason, Health scope, String scopeReason, Health schedule,
			String scheduleReason, Health cost, String costReason, Health risk, String riskReason, Health resources,
			String resourcesReason, String achievements, String nextSteps, String decisionsNeeded, String escalations) {
	}

	public Assessment assessment() {
		return new Assessment(this.overall, this.overallReason, this.scope, this.scopeReason, this.schedule,
				this.scheduleReason, this.cost, this.costReason, this.risk, this.riskReason, this.resources,
				this.resourcesReason, this.achievements, this.nextSteps, this.decisionsNeeded, this.escalations);
	}

	void edit(Assessment a, String figures, Instant now) {
		requireStatus(ReportStatus.DRAFT, "reporting.error.notDraft", "only a draft report can be changed");
		assess(a);
		if (figures != null && !figures.equals(this.figures)) {
			this.figures = figures;
			this.figuresAt = now;
		}
	}

	private void assess(Assessment a) {
		this.overall = health("overall", a.overall());
		this.scope = health("scope", a.scope());
		this.schedule = health("schedule", a.schedule());
		this.cost = health("cost", a.cost());
		this.risk = health("risk", a.risk());
		this.resources = health("resources", a.resources());
		this.overallReason = text("overallReason", a.overallReason(), 2000);
		this.scopeReason = text("scopeReason", a.scopeReason(), 2000);
		this.scheduleReason = text("scheduleReason", a.scheduleReason(), 2000);
		this.costReason = text("costReason", a.costReason(), 2000);
		this.riskReason = text("riskReason", a.riskReason(), 2000);
		this.resourcesReason = text("resourcesReason", a.resourcesReason(), 2000);
		this.achievements = text("achievements", a.achievements(), 8000);
		this.nextSteps = text("nextSteps", a.nextSteps(), 8000);
		this.decisionsNeeded = text("decisionsNeeded", a.decisionsNeeded(), 8000);
		this.escalations = text("escalations", a.escalations(), 8000);
	}

	private static Health health(String field, Health value) {
		if (value == null) {
			throw new RuleViolationException(field, "reporting.error.required", "is required");
		}
		return value;
	}

	private static String text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw new RuleViolationException(field, "reporting.error.tooLong", "is longer than " + max + " characters",
					max);
		}
		return text;
	}

	/**
	 * Submits the draft for review: each amber or red health needs its reason; the
	 * figures are fixed from now on.
	 */
	void submit(long by, Instant now) {
		requireStatus(ReportStatus.DRAFT, "reporting.error.notDraft", "only a draft report can be submitted");
		reason("overallReason", this.overall, this.overallReason);
		reason("scopeReason", this.scope, this.scopeReason);
		reason("scheduleReason", this.schedule, this.scheduleReason);
		reason("costReason", this.cost, this.costReason);
		reason("riskReason", this.risk, this.riskReason);
		reason("resourcesReason", this.resources, this.resourcesReason);
		this.status = ReportStatus.SUBMITTED;
		this.submittedAt = now;
		this.submittedBy = by;
	}

	private static void reason(String field, Health health, String reason) {
		if (health.needsReason() && reason == null) {
			throw new RuleViolationException(field, "reporting.error.reasonNeeded",
					"amber and red need a reason: say why");
		}
	}

	/** The PMO's review with its comments. */
	void review(String comment, long by, Instant now) {
		requireStatus(ReportStatus.SUBMITTED, "reporting.error.notSubmitted", "only a submitted report is reviewed");
		this.reviewComment = text("reviewComment", comment, 8000);
		this.reviewedAt = now;
		this.reviewedBy = by;
		this.status = ReportStatus.REVIEWED;
	}

	/** The PMO sends a submitted or reviewed report back to its author as a draft. */
	void returnToDraft(String comment, long by, Instant now) {
		if (this.status != ReportStatus.SUBMITTED && this.status != ReportStatus.REVIEWED) {
			throw new RuleViolationException("status", "reporting.error.notSubmitted",
					"only a submitted report is reviewed");
		}
		String text = text("reviewComment", comment, 8000);
		if (text == null) {
			throw new RuleViolationException("reviewComment", "reporting.error.commentNeeded",
					"say what should change");
		}
		this.reviewComment = text;
		this.reviewedAt = now;
		this.reviewedBy = by;
		this.status = ReportStatus.DRAFT;
		this.submittedAt = null;
		this.submittedBy = null;
	}

	void publish(long by, Instant now) {
		requireStatus(ReportStatus.REVIEWED, "reporting.error.notReviewed", "only a reviewed report is published");
		this.status = ReportStatus.PUBLISHED;
		this.publishedAt = now;
		this.publishedBy = by;
	}

	void distributed(Instant now) {
		this.distributedAt = now;
	}

	private void requireStatus(ReportStatus required, String key, String message) {
		if (this.status != required) {
			throw new RuleViolationException("status", key, message);
		}
	}

	Map<String, Object> state() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("projectId", this.projectId);
		s.put("periodEnd", this.periodEnd);
		s.put("status", this.status);
		s.put("overall", this.overall);
		s.put("overallReason", this.overallReason);
		s.put("scope", this.scope);
		s.put("schedule", this.schedule);
		s.put("cost", this.cost);
		s.put("risk", this.risk);
		s.put("resources", this.resources);
		s.put("achievements", this.achievements);
		s.put("nextSteps", this.nextSteps);
		s.put("decisionsNeeded", this.decisionsNeeded);
		s.put("escalations", this.escalations);
		s.put("reviewComment", this.reviewComment);
		s.put("figures", this.figures);
		return s;
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

	public long portfolioId() {
		return this.portfolioId;
	}

	public LocalDate periodStart() {
		return this.periodStart;
	}

	public LocalDate periodEnd() {
		return this.periodEnd;
	}

	public LocalDate dueOn() {
		return this.dueOn;
	}

	public ReportStatus status() {
		return this.status;
	}

	public Health overall() {
		return this.overall;
	}

	public Health scope() {
		return this.scope;
	}

	public Health schedule() {
		return this.schedule;
	}

	public Health cost() {
		return this.cost;
	}

	public Health risk() {
		return this.risk;
	}

	public Health resources() {
		return this.resources;
	}

	public String reviewComment() {
		return this.reviewComment;
	}

	public String figuresJson() {
		return this.figures;
	}

	public Instant figuresAt() {
		return this.figuresAt;
	}

	public long authorId() {
		return this.authorId;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant submittedAt() {
		return this.submittedAt;
	}

	public Long submittedBy() {
		return this.submittedBy;
	}

	public Instant reviewedAt() {
		return this.reviewedAt;
	}

	public Long reviewedBy() {
		return this.reviewedBy;
	}

	public Instant publishedAt() {
		return this.publishedAt;
	}

	public Long publishedBy() {
		return this.publishedBy;
	}

	public Instant distributedAt() {
		return this.distributedAt;
	}

	public boolean isDraft() {
		return this.status == ReportStatus.DRAFT;
	}

}

package org.agilepmo.reporting.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Digits;

import org.agilepmo.portfolio.Health;
import org.agilepmo.reporting.internal.Figures;
import org.agilepmo.reporting.internal.ReportDraft;
import org.agilepmo.reporting.internal.StatusReport;

/**
 * The report form: health and reason per dimension, the narrative, and the figures the
 * project manager may correct; every field is sent, so it replaces the draft.
 */
public class ReportForm {

	private Health overall;

	@Size(max = 2000)
	private String overallReason;

	private Health scope;

	@Size(max = 2000)
	private String scopeReason;

	private Health schedule;

	@Size(max = 2000)
	private String scheduleReason;

	private Health cost;

	@Size(max = 2000)
	private String costReason;

	private Health risk;

	@Size(max = 2000)
	private String riskReason;

	private Health resources;

	@Size(max = 2000)
	private String resourcesReason;

	@Size(max = 8000)
	private String achievements;

	@Size(max = 8000)
	private String nextSteps;

	@Size(max = 8000)
	private String decisionsNeeded;

	@Size(max = 8000)
	private String escalations;

	private Integer finishSlipDays;

	@Min(0)
	private Integer milestonesDue;

	@Min(0)
	private Integer milestonesSlipped;

	@Digits(integer = 3, fraction = 3)
	private BigDecimal cpi;

	@Digits(integer = 3, fraction = 3)
	private BigDecimal spi;

	@Min(0)
	private Integer overdueActions;

	private Double velocity;

	@Size(max = 2000)
	private String sprintGoal;

	@Min(0)
	private Integer staffingGaps;

	private long version;

	static ReportForm of(StatusReport report, Figures figures) {
		ReportForm f = new ReportForm();
		StatusReport.Assessment a = report.assessment();
		f.overall = a.overall();
		f.overallReason = a.overallReason();
		f.scope = a.scope();
		f.scopeReason = a.scopeReason();
		f.schedule = a.schedule();
		f.scheduleReason = a.scheduleReason();
		f.cost = a.cost();
		f.costReason = a.costReason();
		f.risk = a.risk();
		f.riskReason = a.riskReason();
		f.resources = a.resources();
		f.resourcesReason = a.resourcesReason();
		f.achievements = a.achievements();
		f.nextSteps = a.nextSteps();
		f.decisionsNeeded = a.decisionsNeeded();
		f.escalations = a.escalations();
		f.finishSlipDays = figures.finishSlipDays();
		f.milestonesDue = figures.milestonesDue();
		f.milestonesSlipped = figures.milestonesSlipped();
		f.cpi = figures.cpi();
		f.spi = figures.spi();
		f.overdueActions = figures.overdueActions();
		f.velocity = figures.velocity();
		f.sprintGoal = figures.sprintGoal();
		f.staffingGaps = figures.staffingGaps();
		f.version = report.version();
		return f;
	}

	ReportDraft draft() {
		return new ReportDraft(
				new StatusReport.Assessment(this.overall, this.overallReason, this.scope, this.scopeReason,
						this.schedule, this.scheduleReason, this.cost, this.costReason, this.risk, this.riskReason,
						this.resources, this.resourcesReason, this.achievements, this.nextSteps, this.decisionsNeeded,
						this.escalations),
				new Figures.Correction(this.finishSlipDays, this.milestonesDue, this.milestonesSlipped, this.cpi,
						this.spi, this.overdueActions, this.velocity, this.sprintGoal, this.staffingGaps));
	}

	public Health getOverall() {
		return this.overall;
	}

	public void setOverall(Health overall) {
		this.overall = overall;
	}

	public String getOverallReason() {
		return this.overallReason;
	}

	public void setOverallReason(String overallReason) {
		this.overallReason = overallReason;
	}

	public Health getScope() {
		return this.scope;
	}

	public void setScope(Health scope) {
		this.scope = scope;
	}

	public String getScopeReason() {
		return this.scopeReason;
	}

	public void setScopeReason(String scopeReason) {
		this.scopeReason = scopeReason;
	}

	public Health getSchedule() {
		return this.schedule;
	}

	public void setSchedule(Health schedule) {
		this.schedule = schedule;
	}

	public String getScheduleReason() {
		return this.scheduleReason;
	}

	public void setScheduleReason(String scheduleReason) {
		this.scheduleReason = scheduleReason;
	}

	public Health getCost() {
		return this.cost;
	}

	public void setCost(Health cost) {
		this.cost = cost;
	}

	public String getCostReason() {
		return this.costReason;
	}

	public void setCostReason(String costReason) {
		this.costReason = costReason;
	}

	public Health getRisk() {
		return this.risk;
	}

	public void setRisk(Health risk) {
		this.risk = risk;
	}

	public String getRiskReason() {
		return this.riskReason;
	}

	public void setRiskReason(String riskReason) {
		this.riskReason = riskReason;
	}

	public Health getResources() {
		return this.resources;
	}

	public void setResources(Health resources) {
		this.resources = resources;
	}

	public String getResourcesReason() {
		return this.resourcesReason;
	}

	public void setResourcesReason(String resourcesReason) {
		this.resourcesReason = resourcesReason;
	}

	public String getAchievements() {
		return this.achievements;
	}

	public void setAchievements(String achievements) {
		this.achievements = achievements;
	}

	public String getNextSteps() {
		return this.nextSteps;
	}

	public void setNextSteps(String nextSteps) {
		this.nextSteps = nextSteps;
	}

	public String getDecisionsNeeded() {
		return this.decisionsNeeded;
	}

	public void setDecisionsNeeded(String decisionsNeeded) {
		this.decisionsNeeded = decisionsNeeded;
	}

	public String getEscalations() {
		return this.escalations;
	}

	public void setEscalations(String escalations) {
		this.escalations = escalations;
	}

	public Integer getFinishSlipDays() {
		return this.finishSlipDays;
	}

	public void setFinishSlipDays(Integer finishSlipDays) {
		this.finishSlipDays = finishSlipDays;
	}

	public Integer getMilestonesDue() {
		return this.milestonesDue;
	}

	public void setMilestonesDue(Integer milestonesDue) {
		this.milestonesDue = milestonesDue;
	}

	public Integer getMilestonesSlipped() {
		return this.milestonesSlipped;
	}

	public void setMilestonesSlipped(Integer milestonesSlipped) {
		this.milestonesSlipped = milestonesSlipped;
	}

	public BigDecimal getCpi() {
		return this.cpi;
	}

	public void setCpi(BigDecimal cpi) {
		this.cpi = cpi;
	}

	public BigDecimal getSpi() {
		return this.spi;
	}

	public void setSpi(BigDecimal spi) {
		this.spi = spi;
	}

	public Integer getOverdueActions() {
		return this.overdueActions;
	}

	public void setOverdueActions(Integer overdueActions) {
		this.overdueActions = overdueActions;
	}

	public Double getVelocity() {
		return this.velocity;
	}

	public void setVelocity(Double velocity) {
		this.velocity = velocity;
	}

	public String getSprintGoal() {
		return this.sprintGoal;
	}

	public void setSprintGoal(String sprintGoal) {
		this.sprintGoal = sprintGoal;
	}

	public Integer getStaffingGaps() {
		return this.staffingGaps;
	}

	public void setStaffingGaps(Integer staffingGaps) {
		this.staffingGaps = staffingGaps;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

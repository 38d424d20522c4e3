package org.agilepmo.reporting.web;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.agilepmo.portfolio.Health;
import org.agilepmo.reporting.internal.Figures;
import org.agilepmo.reporting.internal.ReportDraft;
import org.agilepmo.reporting.internal.StatusReport;
import org.agilepmo.web.Patch;

/**
 * Changes to a draft status report: the properties sent change, the others keep their
 * value; {@code null} clears a text or a corrected figure.
 */
@Schema(name = "StatusReportPatch", description = "Only the properties sent are changed")
public class ReportPatch extends Patch<ReportDraft> {

	private Health overall;

	private String overallReason;

	private Health scope;

	private String scopeReason;

	private Health schedule;

	private String scheduleReason;

	private Health cost;

	private String costReason;

	private Health risk;

	private String riskReason;

	private Health resources;

	private String resourcesReason;

	private String achievements;

	private String nextSteps;

	private String decisionsNeeded;

	private String escalations;

	private Integer finishSlipDays;

	private Integer milestonesDue;

	private Integer milestonesSlipped;

	private BigDecimal cpi;

	private BigDecimal spi;

	private Integer overdueActions;

	private Double velocity;

	private String sprintGoal;

	private Integer staffingGaps;

	@Override
	public ReportDraft applyTo(ReportDraft d) {
		StatusReport.Assessment a = d.assessment();
		Figures.Correction f = d.figures();
		return new ReportDraft(new StatusReport.Assessment(pick("overall", this.overall, a.overall()),
				pick("overallReason", this.overallReason, a.overallReason()), pick("scope", this.scope, a.scope()),
				pick("scopeReason", this.scopeReason, a.scopeReason()), pick("schedule", this.schedule, a.schedule()),
				pick("scheduleReason", this.scheduleReason, a.scheduleReason()), pick("cost", this.cost, a.cost()),
				pick("costReason", this.costReason, a.costReason()), pick("risk", this.risk, a.risk()),
				pick("riskReason", this.riskReason, a.riskReason()), pick("resources", this.resources, a.resources()),
				pick("resourcesReason", this.resourcesReason, a.resourcesReason()),
				pick("achievements", this.achievements, a.achievements()),
				pick("nextSteps", this.nextSteps, a.nextSteps()),
				pick("decisionsNeeded", this.decisionsNeeded, a.decisionsNeeded()),
				pick("escalations", this.escalations, a.escalations())),
				new Figures.Correction(pick("finishSlipDays", this.finishSlipDays, f.finishSlipDays()),
						pick("milestonesDue", this.milestonesDue, f.milestonesDue()),
						pick("milestonesSlipped", this.milestonesSlipped, f.milestonesSlipped()),
						pick("cpi", this.cpi, f.cpi()), pick("spi", this.spi, f.spi()),
						pick("overdueActions", this.overdueActions, f.overdueActions()),
						pick("velocity", this.velocity, f.velocity()),
						pick("sprintGoal", this.sprintGoal, f.sprintGoal()),
						pick("staffingGaps", this.staffingGaps, f.staffingGaps())));
	}

	public void setOverall(Health v) {
		mark("overall");
		this.overall = v;
	}

	public void setOverallReason(String v) {
		mark("overallReason");
		this.overallReason = v;
	}

	public void setScope(Health v) {
		mark("scope");
		this.scope = v;
	}

	public void setScopeReason(String v) {
		mark("scopeReason");
		this.scopeReason = v;
	}

	public void setSchedule(Health v) {
		mark("schedule");
		this.schedule = v;
	}

	public void setScheduleReason(String v) {
		mark("scheduleReason");
		this.scheduleReason = v;
	}

	public void setCost(Health v) {
		mark("cost");
		this.cost = v;
	}

	public void setCostReason(String v) {
		mark("costReason");
		this.costReason = v;
	}

	public void setRisk(Health v) {
		mark("risk");
		this.risk = v;
	}

	public void setRiskReason(String v) {
		mark("riskReason");
		this.riskReason = v;
	}

	public void setResources(Health v) {
		mark("resources");
		this.resources = v;
	}

	public void setResourcesReason(String v) {
		mark("resourcesReason");
		this.resourcesReason = v;
	}

	public void setAchievements(String v) {
		mark("achievements");
		this.achievements = v;
	}

	public void setNextSteps(String v) {
		mark("nextSteps");
		this.nextSteps = v;
	}

	public void setDecisionsNeeded(String v) {
		mark("decisionsNeeded");
		this.decisionsNeeded = v;
	}

	public void setEscalations(String v) {
		mark("escalations");
		this.escalations = v;
	}

	public void setFinishSlipDays(Integer v) {
		mark("finishSlipDays");
		this.finishSlipDays = v;
	}

	public void setMilestonesDue(Integer v) {
		mark("milestonesDue");
		this.milestonesDue = v;
	}

	public void setMilestonesSlipped(Integer v) {
		mark("milestonesSlipped");
		this.milestonesSlipped = v;
	}

	public void setCpi(BigDecimal v) {
		mark("cpi");
		this.cpi = v;
	}

	public void setSpi(BigDecimal v) {
		mark("spi");
		this.spi = v;
	}

	public void setOverdueActions(Integer v) {
		mark("overdueActions");
		this.overdueActions = v;
	}

	public void setVelocity(Double v) {
		mark("velocity");
		this.velocity = v;
	}

	public void setSprintGoal(String v) {
		mark("sprintGoal");
		this.sprintGoal = v;
	}

	public void setStaffingGaps(Integer v) {
		mark("staffingGaps");
		this.staffingGaps = v;
	}

}

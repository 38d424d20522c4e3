package org.agilepmo.planning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.engine.schedule.Lag;
import org.agilepmo.engine.schedule.LinkType;
import org.agilepmo.planning.PlanResources;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.DemoContribution;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo plans: the data centre consolidation (waterfall, in execution) with its WBS, links
 * of several kinds, a parallel accreditation, an approved baseline and its progress to
 * date; and the electronic identity project (hybrid) whose pilot milestone the squads'
 * stories deliver.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("pmo.demo.enabled")
class PlanningDemo implements DemoContribution {

	static final String EID_PILOT = "EID-PILOT";

	private static final int DAY = 480;

	private final PlanService plans;

	private final ProjectCatalogue projects;

	private final BaselineService baselineService;

	private final PlanResourceService staffing;

	PlanningDemo(PlanService plans, ProjectCatalogue projects, BaselineService baselineService,
			PlanResourceService staffing) {
		this.staffing = staffing;
		this.baselineService = baselineService;
		this.plans = plans;
		this.projects = projects;
	}

	@Override
	public void write() {
		Actor admin = CurrentActor.require();
		Map<String, ProjectOverview> byCode = new java.util.HashMap<>();
		for (ProjectOverview p : this.projects.listVisible(admin)) {
			byCode.put(p.code(), p);
		}
		ProjectOverview dataCentre = byCode.get("INFRA-DC");
		if (dataCentre != null && dataCentre.plannedStart() != null && dataCentre.plannedFinish() != null) {
			dataCentre(admin, dataCentre);
		}
		ProjectOverview eid = byCode.get("DIGI-EID");
		if (eid != null) {
			electronicIdentity(admin, eid.id());
		}
	}

	/**
	 * The data centre consolidation, 48 weeks after its start: the plan was baselined to
	 * reach the project's planned finish; preparation and infrastructure are done, the
	 * server delivery three weeks late (so the accreditation and the first migration wave
	 * started late), wave 1 is under way, and the status date is today: a real slip
	 * against the baseline, not a plan at 0 %.
	 */
	private void dataCentre(Actor admin, ProjectOverview overview) {
		long project = overview.id();
		LocalDate begin = overview.plannedStart();
		start(admin, project, begin.atTime(8, 0));
		long prep = summary(admin, project, "Preparation", null);
		long inventory = task(admin, project, "Inventory of applications", 20, prep);
		long architecture = task(admin, project, "Target architecture", 30, prep);
		long approved = milestone(admin, project, "Architecture approved", prep, null);
		long infra = summary(admin, project, "Infrastructure", null);
		long procure = task(admin, project, "Procure servers and storage", 70, infra);
		long racks = task(admin, project, "Install racks and network", 20, infra);
		long platform = task(admin, project, "Set up the virtualisation platform", 25, infra);
		long accreditation = task(admin, project, "Security accreditation", 45, infra);
		long migration = summary(admin, project, "Migration", null);
		long wave1 = task(admin, project, "Migration wave 1: internal systems", 40, migration);
		long wave2 = task(admin, project, "Migration wave 2: citizen services", 45, migration);
		long wave3 = task(admin, project, "Migration wave 3: police systems", 30, migration);
		long decommission = task(admin, project, "Decommission the old data centre", 20, migration);
		long hypercare = task(admin, project, "Hypercare and handover to operations", 5, null);
		long live = milestone(admin, project, "Consolidated data centre in service", null, null);
		link(admin, project, inventory, architecture, LinkType.FINISH_START, Lag.NONE);
		link(admin, project, architecture, approved, LinkType.FINISH_START, Lag.NONE);
		link(admin, project, approved, procure, LinkType.FINISH_START, Lag.NONE);
		link(admin, project, procure, racks, LinkType.FINISH_START, Lag.minutes(2 * DAY));
		link(admin, project, racks, platform, LinkType.FINISH_START, Lag.NONE);
		link(admin, project, racks, accreditation, LinkType.START_START, Lag.minutes(5 * DAY));
		link(admin, project, platform, wave1, LinkType.FINISH_START, Lag.NONE);
		link(admin, project, accreditation, wave1, LinkType.FINISH_START, Lag.NONE);
		link(admin, project, wave1, wave2, LinkType.FINISH_START, Lag.NONE);
		link(admin, project, wave2, wave3, LinkType.START_START, Lag.percent(50));
		link(admin, project, wave3, decommission, LinkType.FINISH_START, Lag.NONE);
		link(admin, project, wave2, decommission, LinkType.FINISH_FINISH, Lag.NONE);
		link(admin, project, decommission, hypercare, LinkType.FINISH_START, Lag.NONE);
		link(admin, project, hypercare, live, LinkType.FINISH_START, Lag.NONE);
		long architect = resource(admin, project, "Infrastructure architect", "1");
		long security = resource(admin, project, "Security officer", "0.5");
		long team = resource(admin, project, "Migration team", "3");
		assign(admin, project, architecture, architect, "1");
		assign(admin, project, platform, architect, "0.5");
		assign(admin, project, accreditation, security, "0.5");
		assign(admin, project, wave1, team, "2");
		assign(admin, project, wave2, team, "3");
		assign(admin, project, wave3, team, "1.5");
		// Hypercare takes what is left up to the project's planned finish.
		LocalDate planned = this.plans.plan(admin, project).projectFinish().toLocalDate();
		int left = workingDaysBetween(planned, overview.plannedFinish());
		if (left > 0) {
			edit(admin, project, hypercare, d -> d.withDuration((5 + left) * DAY));
		}
		this.baselineService.saveBaseline(admin, project, "Approved plan");

		done(admin, project, begin, inventory, 0, 20);
		done(admin, project, begin, architecture, 20, 50);
		done(admin, project, begin, approved, 50, 50);
		done(admin, project, begin, procure, 50, 135);
		done(admin, project, begin, racks, 137, 157);
		done(admin, project, begin, accreditation, 142, 190);
		done(admin, project, begin, platform, 157, 182);
		edit(admin, project, wave1,
				d -> d.withDetails(d.calendarId(), d.deadline(), workingDay(begin, 190).atTime(8, 0), null, 60));
		PlanView plan = this.plans.plan(admin, project);
		this.plans.reschedule(admin, project, plan.version(), plan.projectStart(), LocalDate.now().atTime(17, 0),
				plan.calendarId());
	}

	private long resource(Actor admin, long project, String name, String maxUnits) {
		return this.staffing
			.addResource(admin, project,
					new ResourceDraft(null, name, PlanResources.ResourceType.WORK, new BigDecimal(maxUnits), null,
							null))
			.id();
	}

	private void assign(Actor admin, long project, long activity, long resource, String units) {
		this.staffing.addAssignment(admin, project,
				new AssignmentDraft(activity, resource, new BigDecimal(units), null, null, null));
	}

	/** Records that the activity ran from one working day to another after the start. */
	private void done(Actor admin, long project, LocalDate begin, long activity, int from, int to) {
		LocalDateTime started = workingDay(begin, from).atTime(8, 0);
		LocalDateTime finished = (to == from) ? started : workingDay(begin, to - 1).atTime(17, 0);
		edit(admin, project, activity, d -> d.withDetails(d.calendarId(), d.deadline(), started, finished, 100));
	}

	private void edit(Actor admin, long project, long activity,
			java.util.function.UnaryOperator<ActivityDraft> change) {
		long version = this.plans.activity(admin, project, activity).version();
		this.plans.editActivity(admin, project, activity, version, change::apply);
	}

	private static LocalDate workingDay(LocalDate begin, int offset) {
		LocalDate day = begin;
		int counted = 0;
		while (counted < offset) {
			day = day.plusDays(1);
			if (day.getDayOfWeek().getValue() <= 5) {
				counted++;
			}
		}
		return day;
	}

	private static int workingDaysBetween(LocalDate from, LocalDate to) {
		int days = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			days += (d.getDayOfWeek().getValue() <= 5) ? 1 : 0;
		}
		return days;
	}

	private void electronicIdentity(Actor admin, long project) {
		start(admin, project, LocalDateTime.of(2026, 9, 1, 8, 0));
		long contract = task(admin, project, "Certificate authority contract", 15, null);
		long wallet = task(admin, project, "Identity wallet: sprints 1-4 (squad Bravo)", 40, null);
		long pilot = milestone(admin, project, "Pilot release to 500 citizens", null, EID_PILOT);
		long rollout = task(admin, project, "National rollout", 60, null);
		link(admin, project, contract, pilot, LinkType.FINISH_START, Lag.NONE);
		link(admin, project, wallet, pilot, LinkType.FINISH_START, Lag.NONE);
		link(admin, project, pilot, rollout, LinkType.FINISH_START, Lag.minutes(5 * DAY));
		// One person asked for twice her time in September: the plan to level.
		long privacy = task(admin, project, "Privacy impact assessment", 10, null);
		link(admin, project, privacy, pilot, LinkType.FINISH_START, Lag.NONE);
		long architect = resource(admin, project, "Identity architect", "1");
		assign(admin, project, contract, architect, "1");
		assign(admin, project, privacy, architect, "1");
		this.baselineService.saveBaseline(admin, project, "Business case");
	}

	private void start(Actor admin, long project, LocalDateTime start) {
		PlanView plan = this.plans.plan(admin, project);
		this.plans.reschedule(admin, project, plan.version(), start, null, plan.calendarId());
	}

	private long summary(Actor admin, long project, String name, Long parent) {
		return this.plans
			.addActivity(admin, project,
					new ActivityDraft(ActivityKind.SUMMARY, name, parent, 0, null, null, null, null, null, null, 0,
							null))
			.id();
	}

	private long task(Actor admin, long project, String name, int days, Long parent) {
		return this.plans.addActivity(admin, project, ActivityDraft.task(name, days * DAY).withParent(parent)).id();
	}

	private long milestone(Actor admin, long project, String name, Long parent, String externalId) {
		return this.plans
			.addActivity(admin, project,
					new ActivityDraft(ActivityKind.MILESTONE, name, parent, 0, null, null, null, null, null, null, 0,
							externalId))
			.id();
	}

	private void link(Actor admin, long project, long from, long to, LinkType type, Lag lag) {
		this.plans.addDependency(admin, project, from, to, type, lag);
	}

}

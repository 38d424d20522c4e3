package org.agilepmo.planning.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.engine.schedule.ConstraintType;
import org.agilepmo.engine.schedule.LinkType;
import org.agilepmo.delivery.ProjectDelivery;
import org.agilepmo.delivery.ProjectDelivery.MilestoneProgress;
import org.agilepmo.planning.internal.ActivityView;
import org.agilepmo.planning.internal.CalendarView;
import org.agilepmo.planning.internal.PlanService;
import org.agilepmo.planning.internal.PlanView;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.planning.internal.BaselineService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The plan page: headline, Gantt chart, the WBS with inline editing, dependencies, the
 * project calendar, baselines, import and export. Every change posts a small form to one
 * of {@link ActivityPages}, {@link CalendarPages} or {@link PlanSettingsPages} and comes
 * back here ({@link #back}; htmx swaps the plan in place); a refused change shows its
 * message naming the field above the page.
 */
@Controller
@RequestMapping("/projects/{id}/plan")
class PlanPage {

	private final PlanService plans;

	private final MessageSource messages;

	private final BaselineService baselineService;

	PlanPage(PlanService plans, MessageSource messages, ProjectDelivery delivery, BaselineService baselineService) {
		this.baselineService = baselineService;
		this.delivery = delivery;
		this.plans = plans;
		this.messages = messages;
	}

	/**
	 * Rows of the activity table per page; the Gantt chart always shows every activity.
	 */
	static final int TABLE_ROWS = 200;

	private final ProjectDelivery delivery;

	@GetMapping
	String plan(@PathVariable long id, @RequestParam(required = false) String zoom,
			@RequestParam(required = false) String baseline, @RequestParam(defaultValue = "0") int rows, Model model) {
		Actor actor = CurrentActor.require();
		PlanView plan = this.plans.plan(actor, id);
		Locale locale = LocaleContextHolder.getLocale();
		GanttChart.Zoom chosen = GanttChart.Zoom.of(zoom);
		var baselines = this.baselineService.baselines(actor, id);
		String shown = (baseline != null && !baseline.isBlank()) ? baseline : null;
		Map<Long, LocalDateTime[]> baselineDates = (shown != null)
				? this.baselineService.baselineDates(actor, id, shown) : null;
		WorkingDays units = new WorkingDays(plan.minutesPerDay(), locale);
		String description = this.messages
			.getMessage(
					"planning.gantt.description", new Object[] { plan.activities().size(),
							units.at(plan.projectStart()), units.at(plan.projectFinish()), plan.criticalCount() },
					locale);
		model.addAttribute("plan", plan);
		model.addAttribute("mayEdit", this.plans.mayEdit(actor, id));
		model.addAttribute("units", units);
		model.addAttribute("zoom", chosen.name());
		model.addAttribute("zooms", GanttChart.Zoom.values());
		model.addAttribute("baselines", baselines);
		model.addAttribute("shownBaseline", shown);
		model.addAttribute("gantt", GanttChart.svg(plan, chosen, baselineDates, LocalDate.now(), locale, description));
		model.addAttribute("kinds", ActivityKind.values());
		model.addAttribute("constraints", ConstraintType.values());
		model.addAttribute("linkTypes", LinkType.values());
		model.addAttribute("summaries", plan.activities().stream().filter(ActivityView::isSummary).toList());
		int pages = Math.max(1, (plan.activities().size() + TABLE_ROWS - 1) / TABLE_ROWS);
		int shownPage = Math.max(0, Math.min(rows, pages - 1));
		List<ActivityView> tableRows = plan.activities()
			.subList(Math.min(plan.activities().size(), shownPage * TABLE_ROWS),
					Math.min(plan.activities().size(), (shownPage + 1) * TABLE_ROWS));
		java.util.Set<Long> onPage = new java.util.HashSet<>();
		tableRows.forEach(a -> onPage.add(a.id()));
		model.addAttribute("tableRows", tableRows);
		model.addAttribute("rowsPage", shownPage);
		model.addAttribute("rowsPages", pages);
		model.addAttribute("rowsFrom", shownPage * TABLE_ROWS + (tableRows.isEmpty() ? 0 : 1));
		model.addAttribute("rowsTo", shownPage * TABLE_ROWS + tableRows.size());
		model.addAttribute("pageDependencies",
				plan.dependencies()
					.stream()
					.filter(d -> onPage.contains(d.predecessorId()) || onPage.contains(d.successorId()))
					.toList());
		model.addAttribute("deliveryRows", deliveryRows(plan, this.delivery.progressOf(id, actor)));
		model.addAttribute("linkable", tableRows.stream().filter(a -> !a.isSummary()).toList());
		model.addAttribute("names", plan.activitiesById());
		CalendarView projectCalendar = plan.calendars()
			.stream()
			.filter(c -> plan.calendarId() != null && c.id() == plan.calendarId())
			.findFirst()
			.orElse(null);
		model.addAttribute("projectCalendar", projectCalendar);
		model.addAttribute("calendarForm", CalendarForm.of(projectCalendar));
		model.addAttribute("otherCalendars",
				plan.calendars()
					.stream()
					.filter(c -> plan.calendarId() == null || c.id() != plan.calendarId())
					.map(c -> new NamedCalendarForm(c.id(), CalendarForm.of(c)))
					.toList());
		model.addAttribute("calendarNames", calendarNames(plan));
		model.addAttribute("newCalendarForm", CalendarForm.of(null).named(""));
		Map<DayOfWeek, String> weekdays = new java.util.LinkedHashMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			weekdays.put(day, day.getDisplayName(java.time.format.TextStyle.SHORT, locale));
		}
		model.addAttribute("weekdays", weekdays.entrySet());
		model.addAttribute("problems", problems(plan, units, locale));
		return "planning/plan";
	}

	private List<String> problems(PlanView plan, WorkingDays units, Locale locale) {
		Map<Long, ActivityView> byId = plan.activitiesById();
		List<String> problems = new ArrayList<>();
		for (var v : plan.constraintViolations()) {
			ActivityView a = byId.get(Long.valueOf(v.activityId()));
			String constraint = this.messages.getMessage("planning.constraint." + v.constraint(), null, locale);
			problems.add(
					this.messages
						.getMessage(
								"planning.violation", new Object[] { (a != null) ? a.name() : v.activityId(),
										constraint, units.at(v.constraintDate()), units.at(v.startByLogic()) },
								locale));
		}
		for (var m : plan.deadlineMisses()) {
			ActivityView a = byId.get(Long.valueOf(m.activityId()));
			problems.add(this.messages.getMessage("planning.deadlineMiss", new Object[] {
					(a != null) ? a.name() : m.activityId(), units.at(m.deadline()), units.at(m.earlyFinish()) },
					locale));
		}
		return problems;
	}

	/** The plan page again, at the zoom and table page the person was looking at. */
	static String back(long id, String zoom) {
		String query = (zoom != null && !zoom.isBlank()) ? "?zoom=" + GanttChart.Zoom.of(zoom).name() : "";
		String rows = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest()
			.getParameter("rows");
		if (rows != null && rows.matches("\\d{1,6}")) {
			query += (query.isEmpty() ? "?" : "&") + "rows=" + rows;
		}
		return "/projects/" + id + "/plan" + query;
	}

	private static Map<Long, String> calendarNames(PlanView plan) {
		Map<Long, String> names = new java.util.LinkedHashMap<>();
		for (CalendarView c : plan.calendars()) {
			names.put(c.id(), c.calendar().name());
		}
		return names;
	}

	/** A calendar other than the project's, with the form that edits it. */
	record NamedCalendarForm(long id, CalendarForm form) {
	}

	/**
	 * The squads' progress behind the plan's activities: a backlog item names the
	 * activity it delivers by the activity's id or its external id (the task UID of an
	 * imported file). References that match no activity are listed too, under their own
	 * name.
	 */
	static List<DeliveryRow> deliveryRows(PlanView plan, List<MilestoneProgress> progress) {
		Map<String, ActivityView> byRef = new java.util.HashMap<>();
		for (ActivityView a : plan.activities()) {
			if (a.externalId() != null) {
				byRef.putIfAbsent(a.externalId(), a);
			}
			byRef.put(String.valueOf(a.id()), a);
		}
		List<DeliveryRow> rows = new java.util.ArrayList<>();
		for (MilestoneProgress p : progress) {
			if (p.milestoneRef() == null) {
				continue;
			}
			ActivityView activity = byRef.get(p.milestoneRef().trim());
			rows.add(new DeliveryRow(p.milestoneRef(), activity, p));
		}
		rows.sort(java.util.Comparator.comparing(r -> r.activity() == null ? "~" + r.ref() : r.activity().wbs()));
		return rows;
	}

	/** One activity (or unmatched reference) with the progress of the items behind it. */
	record DeliveryRow(String ref, ActivityView activity, MilestoneProgress progress) {

		public long percent() {
			return Math.round(this.progress.percentDone());
		}

	}

}

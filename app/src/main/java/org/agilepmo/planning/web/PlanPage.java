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
 * project calendar, baselines, import and export. The chart and the table draw a window
 * of rows ({@link PlanRows}) and fetch the next as the person scrolls ({@code /window}),
 * so that the page is the same size for ten activities or a hundred thousand. A row's
 * change posts to {@link ActivityPages} and answers the rows it changed, or its refusal
 * next to the row; the other changes post a small form to one of {@link ActivityPages},
 * {@link CalendarPages} or {@link PlanSettingsPages} and come back here ({@link #back};
 * htmx swaps the plan in place).
 */
@Controller
@RequestMapping("/projects/{id}/plan")
class PlanPage {

	private final PlanService plans;

	private final MessageSource messages;

	private final BaselineService baselineService;

	private final org.agilepmo.web.Formats formats;

	PlanPage(PlanService plans, MessageSource messages, ProjectDelivery delivery, BaselineService baselineService,
			org.agilepmo.web.Formats formats) {
		this.formats = formats;
		this.baselineService = baselineService;
		this.delivery = delivery;
		this.plans = plans;
		this.messages = messages;
	}

	/** Dependencies per page of the dependency table. */
	static final int DEPENDENCY_ROWS = 20;

	/** Scheduling problems listed at most; the rest are counted. */
	static final int PROBLEMS = 20;

	/** Summaries offered as parents, and activities offered for a new link, at most. */
	static final int CHOICES = 100;

	private final ProjectDelivery delivery;

	@GetMapping
	String plan(@PathVariable long id, @RequestParam(required = false) String zoom,
			@RequestParam(required = false) String baseline, @RequestParam(required = false) String show,
			@RequestParam(required = false) String collapsed, @RequestParam(defaultValue = "0") int from,
			@RequestParam(defaultValue = "0") int links, Model model) {
		Actor actor = CurrentActor.require();
		PlanView plan = this.plans.plan(actor, id);
		Locale locale = LocaleContextHolder.getLocale();
		GanttChart.Zoom chosen = GanttChart.Zoom.of(zoom);
		var baselines = this.baselineService.baselines(actor, id);
		String shown = (baseline != null && !baseline.isBlank()) ? baseline : null;
		WorkingDays units = new WorkingDays(plan.minutesPerDay(), locale);
		PlanRows.Show filter = PlanRows.Show.of(show);
		java.util.Set<Long> folded = PlanRows.collapsed(collapsed);
		List<ActivityView> rows = PlanRows.of(plan, filter, folded);
		int start = Math.max(0, Math.min(from, Math.max(0, rows.size() - 1)));
		window(model, actor, id, plan, rows, start, PlanRows.WINDOW, chosen, shown, folded, units, locale);
		model.addAttribute("zooms", GanttChart.Zoom.values());
		model.addAttribute("baselines", baselines);
		model.addAttribute("show", filter.name());
		model.addAttribute("shows", PlanRows.Show.values());
		model.addAttribute("collapsed", (collapsed != null) ? collapsed.replaceAll("[^0-9,]", "") : "");
		model.addAttribute("kinds", ActivityKind.values());
		model.addAttribute("linkTypes", LinkType.values());
		model.addAttribute("summaries",
				plan.activities().stream().filter(ActivityView::isSummary).limit(CHOICES).toList());
		int dependencyPages = Math.max(1, (plan.dependencies().size() + DEPENDENCY_ROWS - 1) / DEPENDENCY_ROWS);
		int dependencyPage = Math.max(0, Math.min(links, dependencyPages - 1));
		model.addAttribute("pageDependencies",
				plan.dependencies()
					.subList(Math.min(plan.dependencies().size(), dependencyPage * DEPENDENCY_ROWS),
							Math.min(plan.dependencies().size(), (dependencyPage + 1) * DEPENDENCY_ROWS)));
		model.addAttribute("linksPage", dependencyPage);
		model.addAttribute("linksFrom", dependencyPage * DEPENDENCY_ROWS);
		model.addAttribute("linksPages", dependencyPages);
		model.addAttribute("deliveryRows", deliveryRows(plan, this.delivery.progressOf(id, actor)));
		model.addAttribute("linkable", plan.activities().stream().filter(a -> !a.isSummary()).limit(CHOICES).toList());
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
		List<String> problems = problems(plan, units, locale);
		model.addAttribute("problems", problems.subList(0, Math.min(PROBLEMS, problems.size())));
		model.addAttribute("moreProblems", Math.max(0, problems.size() - PROBLEMS));
		return "planning/plan";
	}

	/**
	 * A window of the table's rows ({@code part=table}) or of the chart
	 * ({@code part=gantt}), as the page fetches them while the person scrolls.
	 */
	@GetMapping("/window")
	String window(@PathVariable long id, @RequestParam(required = false) String zoom,
			@RequestParam(required = false) String baseline, @RequestParam(required = false) String show,
			@RequestParam(required = false) String collapsed, @RequestParam(defaultValue = "0") int from,
			@RequestParam(defaultValue = "" + PlanRows.WINDOW) int count,
			@RequestParam(defaultValue = "table") String part, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		Actor actor = CurrentActor.require();
		PlanView plan = this.plans.plan(actor, id);
		Locale locale = LocaleContextHolder.getLocale();
		String shown = (baseline != null && !baseline.isBlank()) ? baseline : null;
		java.util.Set<Long> folded = PlanRows.collapsed(collapsed);
		List<ActivityView> rows = PlanRows.of(plan, PlanRows.Show.of(show), folded);
		window(model, actor, id, plan, rows, Math.max(0, from), count, GanttChart.Zoom.of(zoom), shown, folded,
				new WorkingDays(plan.minutesPerDay(), locale), locale);
		response.setHeader("X-Plan-Rows", String.valueOf(rows.size()));
		response.setHeader("X-Plan-Version", String.valueOf(plan.version()));
		return "gantt".equals(part) ? "planning/plan :: ganttWindow" : "planning/plan :: tableWindow";
	}

	/** The whole chart as one SVG file, for printing or saving a plan of any size. */
	@GetMapping(path = "/chart.svg", produces = "image/svg+xml")
	@org.springframework.web.bind.annotation.ResponseBody
	String chart(@PathVariable long id, @RequestParam(required = false) String zoom,
			@RequestParam(required = false) String baseline) {
		Actor actor = CurrentActor.require();
		PlanView plan = this.plans.plan(actor, id);
		Locale locale = LocaleContextHolder.getLocale();
		String shown = (baseline != null && !baseline.isBlank()) ? baseline : null;
		Map<Long, LocalDateTime[]> baselineDates = (shown != null)
				? this.baselineService.baselineDates(actor, id, shown) : null;
		return GanttChart.svg(plan, plan.activities(), 0, plan.activities().size(), GanttChart.Zoom.of(zoom),
				baselineDates, LocalDate.now(), locale,
				description(plan, new WorkingDays(plan.minutesPerDay(), locale), locale),
				"rtl".equals(this.formats.direction()));
	}

	private void window(Model model, Actor actor, long id, PlanView plan, List<ActivityView> rows, int from, int count,
			GanttChart.Zoom zoom, String baseline, java.util.Set<Long> collapsed, WorkingDays units, Locale locale) {
		List<ActivityView> window = PlanRows.window(rows, from, count);
		int start = Math.min(Math.max(0, from), rows.size());
		Map<Long, LocalDateTime[]> baselineDates = (baseline != null)
				? this.baselineService.baselineDates(actor, id, baseline) : null;
		model.addAttribute("plan", plan);
		model.addAttribute("mayEdit", this.plans.mayEdit(actor, id));
		model.addAttribute("rulesChoices", org.agilepmo.engine.schedule.SchedulingRules.values());
		model.addAttribute("progressedChoices", org.agilepmo.engine.schedule.ProgressedActivities.values());
		model.addAttribute("units", units);
		model.addAttribute("zoom", zoom.name());
		model.addAttribute("shownBaseline", baseline);
		model.addAttribute("rowCount", rows.size());
		model.addAttribute("tableRows", window);
		model.addAttribute("windowFrom", start);
		model.addAttribute("spaceBefore", start * ROW_PIXELS);
		model.addAttribute("spaceAfter", Math.max(0, rows.size() - start - window.size()) * ROW_PIXELS);
		model.addAttribute("rowPixels", ROW_PIXELS);
		model.addAttribute("windowSize", PlanRows.WINDOW);
		model.addAttribute("folded", collapsed);
		model.addAttribute("constraints", ConstraintType.values());
		model.addAttribute("calendarNames", calendarNames(plan));
		model.addAttribute("gantt", GanttChart.svg(plan, rows, start, window.size(), zoom, baselineDates,
				LocalDate.now(), locale, description(plan, units, locale), "rtl".equals(this.formats.direction())));
	}

	private String description(PlanView plan, WorkingDays units, Locale locale) {
		return this.messages
			.getMessage(
					"planning.gantt.description", new Object[] { plan.activities().size(),
							units.at(plan.projectStart()), units.at(plan.projectFinish()), plan.criticalCount() },
					locale);
	}

	/** The height of a table row, which the page's style sheet fixes to the same. */
	static final int ROW_PIXELS = 40;

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

	/**
	 * The plan page again, at the zoom, filter and rows the person was looking at.
	 */
	static String back(long id, String zoom) {
		String query = (zoom != null && !zoom.isBlank()) ? "?zoom=" + GanttChart.Zoom.of(zoom).name() : "";
		var request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
		for (String name : List.of("from", "links")) {
			String value = request.getParameter(name);
			if (value != null && value.matches("\\d{1,6}")) {
				query += (query.isEmpty() ? "?" : "&") + name + "=" + value;
			}
		}
		String show = request.getParameter("show");
		if (show != null && PlanRows.Show.of(show) != PlanRows.Show.ALL) {
			query += (query.isEmpty() ? "?" : "&") + "show=" + PlanRows.Show.of(show).name();
		}
		String collapsed = request.getParameter("collapsed");
		if (collapsed != null && collapsed.matches("[0-9,]{1,20000}")) {
			query += (query.isEmpty() ? "?" : "&") + "collapsed=" + collapsed;
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

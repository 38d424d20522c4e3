package org.agilepmo.planning.web;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.agilepmo.engine.calendar.WorkingTime;
import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.engine.schedule.ConstraintType;
import org.agilepmo.engine.schedule.Lag;
import org.agilepmo.engine.schedule.LinkType;
import org.agilepmo.delivery.ProjectDelivery;
import org.agilepmo.delivery.ProjectDelivery.MilestoneProgress;
import org.agilepmo.planning.internal.ActivityDraft;
import org.agilepmo.planning.internal.ActivityView;
import org.agilepmo.planning.internal.CalendarDraft;
import org.agilepmo.planning.internal.CalendarView;
import org.agilepmo.planning.internal.PlanService;
import org.agilepmo.planning.internal.PlanView;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan page: headline, Gantt chart, the WBS with inline editing, dependencies, the
 * project calendar, baselines, import and export. Every change posts a small form and
 * comes back to the page (htmx swaps the plan in place); a refused change shows its
 * message naming the field.
 */
@Controller
@RequestMapping("/projects/{id}/plan")
class PlanPages {

	private final PlanService plans;

	private final MessageSource messages;

	PlanPages(PlanService plans, MessageSource messages, ProjectDelivery delivery) {
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
		var baselines = this.plans.baselines(actor, id);
		String shown = (baseline != null && !baseline.isBlank()) ? baseline : null;
		Map<Long, LocalDateTime[]> baselineDates = (shown != null) ? this.plans.baselineDates(actor, id, shown) : null;
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

	@PostMapping("/activities")
	String addActivity(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) ActivityKind kind, @RequestParam(required = false) String duration,
			@RequestParam(required = false) Long parentId, @RequestParam(required = false) String zoom,
			RedirectAttributes redirect) {
		return attempt(id, zoom, redirect, actor -> {
			ActivityKind k = (kind != null) ? kind : ActivityKind.TASK;
			int minutes = (k == ActivityKind.TASK) ? units(actor, id).parse("duration", duration) : 0;
			this.plans.addActivity(actor, id,
					new ActivityDraft(k, name, parentId, minutes, null, null, null, null, null, null, 0, null));
		});
	}

	@PostMapping("/activities/{activityId}")
	String editActivity(@PathVariable long id, @PathVariable long activityId, @RequestParam long version,
			@RequestParam(required = false) String name, @RequestParam(required = false) String duration,
			@RequestParam(required = false) ConstraintType constraintType,
			@RequestParam(required = false) String constraintDate, @RequestParam(required = false) String calendarId,
			@RequestParam(required = false) String deadline, @RequestParam(required = false) String percentComplete,
			@RequestParam(required = false) String actualStart, @RequestParam(required = false) String actualFinish,
			@RequestParam(required = false) String zoom, RedirectAttributes redirect) {
		return attempt(id, zoom, redirect, actor -> {
			ActivityView current = this.plans.activity(actor, id, activityId);
			ActivityDraft draft = current.draft();
			if (name != null) {
				draft = draft.withName(name);
			}
			if (duration != null && current.kind() == ActivityKind.TASK) {
				draft = draft.withDuration(units(actor, id).parse("duration", duration));
			}
			if (constraintType != null) {
				LocalDateTime date = constraintType.isDated() ? dateTime("constraintDate", constraintDate) : null;
				draft = draft.withConstraint(constraintType, date);
			}
			if (calendarId != null || deadline != null || percentComplete != null || actualStart != null
					|| actualFinish != null) {
				// The details of a row: a field that was not sent keeps its value, an
				// empty one
				// clears it (the project calendar, no deadline, not started, not
				// finished).
				draft = draft.withDetails(
						(calendarId != null) ? optionalId("calendarId", calendarId) : current.calendarId(),
						(deadline != null) ? optionalDateTime("deadline", deadline) : current.deadline(),
						(actualStart != null) ? optionalDateTime("actualStart", actualStart) : current.actualStart(),
						(actualFinish != null) ? optionalDateTime("actualFinish", actualFinish)
								: current.actualFinish(),
						(percentComplete != null) ? percent(percentComplete) : current.percentComplete());
			}
			this.plans.editActivity(actor, id, activityId, version, draft);
		});
	}

	@PostMapping("/activities/{activityId}/delete")
	String deleteActivity(@PathVariable long id, @PathVariable long activityId, @RequestParam long version,
			@RequestParam(required = false) String zoom, RedirectAttributes redirect) {
		return attempt(id, zoom, redirect, actor -> this.plans.deleteActivity(actor, id, activityId, version));
	}

	@PostMapping("/dependencies")
	String addDependency(@PathVariable long id, @RequestParam(required = false) Long predecessorId,
			@RequestParam(required = false) Long successorId, @RequestParam(required = false) LinkType type,
			@RequestParam(required = false) String lag, @RequestParam(required = false) String zoom,
			RedirectAttributes redirect) {
		return attempt(id, zoom, redirect, actor -> {
			if (predecessorId == null) {
				throw new RuleViolationException("predecessorId", "planning.error.required", "required");
			}
			if (successorId == null) {
				throw new RuleViolationException("successorId", "planning.error.required", "required");
			}
			this.plans.addDependency(actor, id, predecessorId, successorId,
					(type != null) ? type : LinkType.FINISH_START, lag(actor, id, lag));
		});
	}

	@PostMapping("/dependencies/{dependencyId}")
	String editDependency(@PathVariable long id, @PathVariable long dependencyId, @RequestParam long version,
			@RequestParam(required = false) LinkType type, @RequestParam(required = false) String lag,
			@RequestParam(required = false) String zoom, RedirectAttributes redirect) {
		return attempt(id, zoom, redirect, actor -> {
			var current = this.plans.dependency(actor, id, dependencyId);
			this.plans.editDependency(actor, id, dependencyId, version, (type != null) ? type : current.type(),
					(lag != null) ? lag(actor, id, lag) : current.lag());
		});
	}

	/**
	 * A lag as typed on the page: working days ("2", "-0.5") or a percentage of the
	 * predecessor's duration ("50 %", "-25%").
	 */
	private Lag lag(Actor actor, long id, String text) {
		if (text == null || text.isBlank()) {
			return Lag.NONE;
		}
		String t = text.strip();
		if (t.endsWith("%")) {
			try {
				return Lag.percent(Integer.parseInt(t.substring(0, t.length() - 1).strip()));
			}
			catch (NumberFormatException ex) {
				throw new RuleViolationException("lag", "planning.error.lagPercent", "not a whole percentage");
			}
		}
		return Lag.minutes(units(actor, id).parse("lag", t));
	}

	@PostMapping("/dependencies/{dependencyId}/delete")
	String deleteDependency(@PathVariable long id, @PathVariable long dependencyId, @RequestParam long version,
			@RequestParam(required = false) String zoom, RedirectAttributes redirect) {
		return attempt(id, zoom, redirect, actor -> this.plans.deleteDependency(actor, id, dependencyId, version));
	}

	@PostMapping("/calendar")
	String calendar(@PathVariable long id, @RequestParam long planVersion,
			@RequestParam(required = false) Long calendarVersion, @RequestParam(required = false) String name,
			@RequestParam(required = false) List<DayOfWeek> days, @RequestParam(required = false) String hours,
			@RequestParam(required = false) String holidays, @RequestParam(required = false) String zoom,
			RedirectAttributes redirect) {
		return attempt(id, zoom, redirect, actor -> {
			CalendarDraft draft = CalendarForm.draft(name, days, hours, holidays);
			PlanView plan = this.plans.plan(actor, id);
			if (plan.calendarId() == null) {
				CalendarView created = this.plans.addCalendar(actor, id, draft);
				this.plans.reschedule(actor, id, planVersion + 1, plan.projectStart(), plan.statusDate(), created.id());
			}
			else {
				this.plans.editCalendar(actor, id, plan.calendarId(), (calendarVersion != null) ? calendarVersion : -1,
						draft);
			}
		});
	}

	@PostMapping("/calendars")
	String addCalendar(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) List<DayOfWeek> days, @RequestParam(required = false) String hours,
			@RequestParam(required = false) String holidays, @RequestParam(required = false) String zoom,
			RedirectAttributes redirect) {
		return attempt(id, zoom, redirect, actor -> {
			if (name == null || name.isBlank()) {
				throw new RuleViolationException("name", "planning.error.required", "required");
			}
			this.plans.addCalendar(actor, id, CalendarForm.draft(name, days, hours, holidays));
		});
	}

	@PostMapping("/calendars/{calendarId}")
	String editCalendar(@PathVariable long id, @PathVariable long calendarId, @RequestParam long version,
			@RequestParam(required = false) String name, @RequestParam(required = false) List<DayOfWeek> days,
			@RequestParam(required = false) String hours, @RequestParam(required = false) String holidays,
			@RequestParam(required = false) String zoom, RedirectAttributes redirect) {
		return attempt(id, zoom, redirect, actor -> this.plans.editCalendar(actor, id, calendarId, version,
				CalendarForm.draft(name, days, hours, holidays)));
	}

	@PostMapping("/settings")
	String settings(@PathVariable long id, @RequestParam long planVersion,
			@RequestParam(required = false) String projectStart, @RequestParam(required = false) String statusDate,
			@RequestParam(required = false) String zoom, RedirectAttributes redirect) {
		return attempt(id, zoom, redirect, actor -> {
			PlanView plan = this.plans.plan(actor, id);
			this.plans.reschedule(actor, id, planVersion, dateTime("projectStart", projectStart),
					optionalDateTime("statusDate", statusDate), plan.calendarId());
		});
	}

	@PostMapping("/baselines")
	String saveBaseline(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String zoom, RedirectAttributes redirect) {
		return attempt(id, zoom, redirect, actor -> this.plans.saveBaseline(actor, id, name));
	}

	@PostMapping("/import")
	String importFile(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) {
		return attempt(id, null, redirect, actor -> {
			if (!this.plans.mayEdit(actor, id)) {
				throw new org.springframework.security.access.AccessDeniedException("may not change the plan");
			}
			if (file == null || file.isEmpty()) {
				throw new RuleViolationException("file", "planning.import.empty", "the file is empty");
			}
			try {
				PlanImports.importInto(this.plans, actor, id, file.getOriginalFilename(), file.getBytes());
			}
			catch (IOException ex) {
				throw new RuleViolationException("file", "planning.import.empty", "the file cannot be read");
			}
			redirect.addFlashAttribute("imported", file.getOriginalFilename());
		});
	}

	private WorkingDays units(Actor actor, long id) {
		return new WorkingDays(this.plans.plan(actor, id).minutesPerDay(), LocaleContextHolder.getLocale());
	}

	private String attempt(long id, String zoom, RedirectAttributes redirect, Change change) {
		Actor actor = CurrentActor.require();
		try {
			change.apply(actor);
		}
		catch (RuleViolationException ex) {
			String message = this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.getMessage(),
					LocaleContextHolder.getLocale());
			redirect.addFlashAttribute("error", (ex.field() != null) ? ex.field() + ": " + message : message);
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error",
					this.messages.getMessage("planning.error.stale", null, LocaleContextHolder.getLocale()));
		}
		String query = (zoom != null && !zoom.isBlank()) ? "?zoom=" + GanttChart.Zoom.of(zoom).name() : "";
		String rows = ((org.springframework.web.context.request.ServletRequestAttributes) org.springframework.web.context.request.RequestContextHolder
			.currentRequestAttributes()).getRequest().getParameter("rows");
		if (rows != null && rows.matches("\\d{1,6}")) {
			query += (query.isEmpty() ? "?" : "&") + "rows=" + rows;
		}
		return "redirect:/projects/" + id + "/plan" + query;
	}

	private static LocalDateTime optionalDateTime(String field, String text) {
		return (text == null || text.isBlank()) ? null : dateTime(field, text);
	}

	private static Long optionalId(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolationException(field, "planning.error.unknownCalendar", "no calendar " + text, text);
		}
	}

	private static int percent(String text) {
		if (text == null || text.isBlank()) {
			return 0;
		}
		try {
			return Integer.parseInt(text.strip().replace("%", "").strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolationException("percentComplete", "planning.error.percent",
					"percent complete must be 0 to 100");
		}
	}

	private static LocalDateTime dateTime(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new RuleViolationException(field, "planning.error.constraintDate", "needs a date");
		}
		try {
			return (text.length() <= 10) ? LocalDate.parse(text).atTime(8, 0) : LocalDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolationException(field, "planning.error.dateFormat", "not a date");
		}
	}

	/** One change made on the page. */
	interface Change {

		void apply(Actor actor);

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
	 * A calendar as the page edits it: one set of hours for every working day.
	 */
	record CalendarForm(String name, List<DayOfWeek> days, String hours, String holidays, Long version) {

		CalendarForm named(String newName) {
			return new CalendarForm(newName, this.days, this.hours, this.holidays, this.version);
		}

		static CalendarForm of(CalendarView view) {
			if (view == null) {
				return new CalendarForm("Standard", List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
						DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), "08:00-12:00, 13:00-17:00", "", null);
			}
			CalendarDraft c = view.calendar();
			List<DayOfWeek> days = new ArrayList<>();
			String hours = "";
			for (DayOfWeek day : DayOfWeek.values()) {
				List<WorkingTime> h = c.week().getOrDefault(day, List.of());
				if (!h.isEmpty()) {
					days.add(day);
					if (hours.isEmpty()) {
						hours = String.join(", ", h.stream().map(Object::toString).toList());
					}
				}
			}
			StringBuilder holidays = new StringBuilder();
			c.exceptions().forEach((date, h) -> {
				if (h.isEmpty()) {
					holidays.append(date).append('\n');
				}
			});
			return new CalendarForm(c.name(), days, hours, holidays.toString(), view.version());
		}

		static CalendarDraft draft(String name, List<DayOfWeek> days, String hours, String holidays) {
			List<WorkingTime> times = new ArrayList<>();
			try {
				for (String range : (hours != null) ? hours.split(",") : new String[0]) {
					if (!range.isBlank()) {
						times.add(WorkingTime.parse(range.strip()));
					}
				}
				org.agilepmo.engine.calendar.WorkCalendar.builder("check")
					.workWeek(List.of(DayOfWeek.MONDAY), times.toArray(WorkingTime[]::new));
			}
			catch (RuntimeException ex) {
				throw new RuleViolationException("hours", "planning.error.hours", "bad hours");
			}
			Map<DayOfWeek, List<WorkingTime>> week = new EnumMap<>(DayOfWeek.class);
			for (DayOfWeek day : DayOfWeek.values()) {
				week.put(day, (days != null && days.contains(day)) ? times : List.of());
			}
			Map<LocalDate, List<WorkingTime>> exceptions = new TreeMap<>();
			if (holidays != null) {
				for (String line : holidays.split("[\\r\\n,;]+")) {
					if (line.isBlank()) {
						continue;
					}
					try {
						exceptions.put(LocalDate.parse(line.strip()), List.of());
					}
					catch (DateTimeParseException ex) {
						throw new RuleViolationException("holidays", "planning.error.dateFormat", "not a date");
					}
				}
			}
			return new CalendarDraft((name != null && !name.isBlank()) ? name : "Standard", week, exceptions, null);
		}

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

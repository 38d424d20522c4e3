package org.agilepmo.planning.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agilepmo.engine.levelling.PlanLevelling;
import org.agilepmo.planning.PlanResources;
import org.agilepmo.planning.internal.ActivityView;
import org.agilepmo.planning.internal.PlanLevellingService;
import org.agilepmo.planning.internal.PlanService;
import org.agilepmo.planning.internal.PlanView;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan's "Level resources" page (ADR 0105): the activities levelling delays now, a
 * form that levels the plan and keeps it, and after a run what moved, by how much and
 * which resource forced it, with each resource's daily usage before and after against its
 * maximum units (a chart whose bars lead to the day's row, and the table beside it).
 */
@Controller
@RequestMapping("/projects/{id}/plan/levelling")
class LevellingPages {

	private final PlanService plans;

	private final PlanLevellingService levelling;

	private final PlanResources staffing;

	private final Pages pages;

	private final MessageSource messages;

	LevellingPages(PlanService plans, PlanLevellingService levelling, PlanResources staffing, Pages pages,
			MessageSource messages) {
		this.plans = plans;
		this.levelling = levelling;
		this.staffing = staffing;
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping
	String page(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		PlanView plan = this.plans.plan(actor, id);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("plan", plan);
		model.addAttribute("units", new WorkingDays(plan.minutesPerDay(), locale));
		model.addAttribute("mayEdit", this.plans.mayEdit(actor, id));
		model.addAttribute("delayed",
				plan.activities()
					.stream()
					.filter(a -> !a.isSummary() && (a.levellingDelayMinutes() > 0 || !a.start().equals(a.earlyStart()))
							&& a.actualStart() == null)
					.toList());
		model.addAttribute("modes", PlanLevelling.Mode.values());
		return "planning/levelling";
	}

	@PostMapping
	String level(@PathVariable long id, @RequestParam long planVersion, @RequestParam(required = false) String mode,
			Model model) {
		Actor actor = CurrentActor.require();
		return this.pages.attempt(model, () -> {
			PlanLevelling.Mode chosen = PlanInput.choice("mode", mode, PlanLevelling.Mode.class);
			PlanLevellingService.Levelled levelled = this.levelling.level(actor, id, planVersion, chosen, null);
			String page = page(id, model);
			model.addAttribute("result", report(actor, id, levelled));
			model.addAttribute("chosenMode", chosen);
			return page;
		}, () -> page(id, model));
	}

	@PostMapping("/clear")
	String clear(@PathVariable long id, @RequestParam long planVersion, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, "redirect:/projects/" + id + "/plan/levelling", "planning.levelling.cleared",
				() -> this.levelling.clear(actor, id, planVersion));
	}

	/** What a run did, as the page shows it. */
	record Report(PlanLevelling.Result result, LocalDateTime finishAfter, List<Moved> moved,
			List<ResourceUsage> usage) {
	}

	/** A moved activity with the names of the resources that forced it. */
	record Moved(long id, String name, LocalDateTime startBefore, LocalDateTime finishBefore, LocalDateTime start,
			LocalDateTime finish, long delayMinutes, String forcedBy) {
	}

	/** A resource's usage per day before and after, with the chart's data. */
	record ResourceUsage(long resourceId, String name, boolean overBefore, boolean overAfter, List<Day> days,
			String chart) {
	}

	/**
	 * A day of a resource: peak units before and after, its capacity, and the activities
	 * it works on that day after levelling.
	 */
	record Day(LocalDate day, int before, int after, int capacity, String activities) {
	}

	private Report report(Actor actor, long id, PlanLevellingService.Levelled levelled) {
		Map<Long, String> names = levelled.resourceNames();
		Map<Long, ActivityView> rows = levelled.plan().activitiesById();
		List<Moved> moved = new ArrayList<>();
		for (PlanLevelling.Move m : levelled.result().moves()) {
			ActivityView row = rows.get(Long.parseLong(m.id()));
			List<String> forcedBy = m.causedBy().stream().map(r -> names.getOrDefault(Long.parseLong(r), r)).toList();
			moved.add(new Moved(Long.parseLong(m.id()), m.name(), m.startBefore(), m.finishBefore(),
					(row != null) ? row.start() : m.start(), (row != null) ? row.finish() : m.finish(),
					(row != null) ? row.levellingDelayMinutes() : m.delayMinutes(), String.join(", ", forcedBy)));
		}
		Map<Long, List<Long>> assigned = new HashMap<>();
		for (PlanResources.Assignment a : this.staffing.staffing(actor, id).assignments()) {
			assigned.computeIfAbsent(a.resourceId(), k -> new ArrayList<>()).add(a.activityId());
		}
		Locale locale = LocaleContextHolder.getLocale();
		String beforeLabel = this.messages.getMessage("planning.levelling.before", null, locale);
		String afterLabel = this.messages.getMessage("planning.levelling.after", null, locale);
		String maxLabel = this.messages.getMessage("planning.levelling.maxUnits", null, locale);
		List<ResourceUsage> usage = new ArrayList<>();
		for (PlanLevelling.Usage u : levelled.result().usage()) {
			long resource = Long.parseLong(u.resourceId());
			int first = -1;
			int last = -1;
			boolean overBefore = false;
			boolean overAfter = false;
			for (int d = 0; d < u.days().size(); d++) {
				if (u.before()[d] > 0 || u.after()[d] > 0) {
					first = (first < 0) ? d : first;
					last = d;
				}
				overBefore |= u.before()[d] > u.capacity()[d];
				overAfter |= u.after()[d] > u.capacity()[d];
			}
			List<Day> days = new ArrayList<>();
			for (int d = Math.max(0, first); d <= last; d++) {
				LocalDate day = u.days().get(d);
				List<String> on = new ArrayList<>();
				for (long activity : assigned.getOrDefault(resource, List.of())) {
					ActivityView row = rows.get(activity);
					if (row != null && row.start().toLocalDate().compareTo(day) <= 0
							&& row.finish().toLocalDate().compareTo(day) >= 0) {
						on.add(row.name());
					}
				}
				days.add(new Day(day, u.before()[d], u.after()[d], u.capacity()[d], String.join(", ", on)));
			}
			usage.add(new ResourceUsage(resource, names.getOrDefault(resource, u.resourceId()), overBefore, overAfter,
					days, chart(resource, days, beforeLabel, afterLabel, maxLabel)));
		}
		return new Report(levelled.result(), levelled.plan().projectFinish(), moved, usage);
	}

	/**
	 * The chart's JSON for charts.js: days, before and after as bars, the maximum units
	 * as a line, and each day's link to its row of the table.
	 */
	private static String chart(long resource, List<Day> days, String before, String after, String max) {
		StringBuilder labels = new StringBuilder();
		StringBuilder links = new StringBuilder();
		StringBuilder b = new StringBuilder();
		StringBuilder a = new StringBuilder();
		StringBuilder c = new StringBuilder();
		for (int i = 0; i < days.size(); i++) {
			String comma = (i == 0) ? "" : ",";
			Day d = days.get(i);
			labels.append(comma).append('"').append(d.day()).append('"');
			links.append(comma).append("\"#usage-").append(resource).append('-').append(d.day()).append('"');
			b.append(comma).append(d.before());
			a.append(comma).append(d.after());
			c.append(comma).append(d.capacity());
		}
		return "{\"labels\":[" + labels + "],\"links\":[" + links + "],\"series\":[" + series(before, "bar", b) + ","
				+ series(after, "bar", a) + "," + series(max, "line", c) + "]}";
	}

	private static String series(String name, String type, CharSequence data) {
		return "{\"name\":\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"type\":\"" + type
				+ "\",\"data\":[" + data + "]}";
	}

}

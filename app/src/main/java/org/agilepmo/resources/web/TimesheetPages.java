package org.agilepmo.resources.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.agilepmo.identity.People;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.resources.internal.Timesheet;
import org.agilepmo.resources.internal.TimesheetLine;
import org.agilepmo.resources.internal.TimesheetService;
import org.agilepmo.resources.internal.TimesheetView;
import org.agilepmo.resources.internal.WorkCategory;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.ObjectDirectories;
import org.agilepmo.shared.WorkEntry;
import org.agilepmo.web.Pages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Timesheets on pages: the person's week grid (previous and next week, totals per day and
 * row, save and submit), one week as its approvers see it, and the weeks waiting for the
 * reader's approval with approve and return.
 */
@Controller
class TimesheetPages {

	private static final String KINDS_OF_WORK = "plan-activity|delivery-item";

	private final TimesheetService timesheets;

	private final ProjectCatalogue projects;

	private final ObjectDirectories directories;

	private final People people;

	private final MessageSource messages;

	private final Pages pages;

	TimesheetPages(TimesheetService timesheets, ProjectCatalogue projects, ObjectDirectories directories, People people,
			MessageSource messages, Pages pages) {
		this.timesheets = timesheets;
		this.projects = projects;
		this.directories = directories;
		this.people = people;
		this.messages = messages;
		this.pages = pages;
	}

	@GetMapping("/timesheets")
	String mine(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
			Model model) {
		LocalDate monday = Timesheet.weekOf(week == null ? LocalDate.now() : week);
		TimesheetView view = this.timesheets.mine(CurrentActor.require(), monday).orElse(null);
		model.addAttribute("form", TimesheetForm.of(monday, view));
		return grid(monday, view, model);
	}

	@PostMapping("/timesheets")
	String save(@Valid @ModelAttribute("form") TimesheetForm form, BindingResult binding,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes flash) {
		LocalDate monday = Timesheet.weekOf(form.getWeek() == null ? LocalDate.now() : form.getWeek());
		form.getLines().removeIf(TimesheetForm.Row::isEmpty);
		return this.pages.submit(binding, model, () -> {
			Actor actor = CurrentActor.require();
			boolean submit = "submit".equals(action);
			if (submit) {
				this.timesheets.writeAndSubmit(actor, monday, form.getVersion(), form.drafts());
			}
			else {
				this.timesheets.write(actor, monday, form.getVersion(), form.drafts());
			}
			this.pages.saved(flash, submit ? "resources.timesheet.submitted" : "resources.timesheet.saved");
			return "redirect:/timesheets?week=" + monday;
		}, () -> {
			form.pad();
			return grid(monday, this.timesheets.mine(CurrentActor.require(), monday).orElse(null), model);
		});
	}

	@GetMapping("/timesheets/approvals")
	String approvals(Model model) {
		Actor actor = CurrentActor.require();
		List<TimesheetView> waiting = this.timesheets.waitingFor(actor);
		model.addAttribute("weeks", waiting);
		model.addAttribute("names", names(waiting));
		return "resources/timesheet-approvals";
	}

	@GetMapping("/timesheets/{id}")
	String show(@PathVariable long id, Model model) {
		TimesheetView view = this.timesheets.get(CurrentActor.require(), id);
		model.addAttribute("view", view);
		model.addAttribute("names", names(List.of(view)));
		return "resources/timesheet";
	}

	@PostMapping("/timesheets/{id}/approve")
	String approve(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "/timesheets/approvals") String back, RedirectAttributes flash) {
		return this.pages.act(flash, safe(back), "resources.timesheet.approved",
				() -> this.timesheets.approve(CurrentActor.require(), id, version));
	}

	@PostMapping("/timesheets/{id}/return")
	String returnWeek(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "/timesheets/approvals") String back, RedirectAttributes flash) {
		return this.pages.act(flash, safe(back), "resources.timesheet.returned",
				() -> this.timesheets.returnWeek(CurrentActor.require(), id, version, reason));
	}

	/** Where to come back to: one of this module's timesheet pages, nothing else. */
	private static String safe(String back) {
		return back.matches("/timesheets(/approvals|/\\d{1,18})?") ? back : "/timesheets/approvals";
	}

	private String grid(LocalDate monday, TimesheetView view, Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("view", view);
		model.addAttribute("monday", monday);
		model.addAttribute("days", java.util.stream.IntStream.range(0, 7).mapToObj(monday::plusDays).toList());
		model.addAttribute("previous", monday.minusWeeks(1));
		model.addAttribute("next", monday.plusWeeks(1));
		model.addAttribute("editable", view == null || view.editable());
		model.addAttribute("choices", choices(actor, view));
		return "resources/timesheet-week";
	}

	/**
	 * What a row may be on, grouped: the week's own lines, the activities and backlog
	 * items that need the person (their work), the projects they may see, and non-project
	 * work.
	 */
	private Map<String, Map<String, String>> choices(Actor actor, TimesheetView view) {
		var locale = LocaleContextHolder.getLocale();
		Map<String, Map<String, String>> groups = new LinkedHashMap<>();
		Map<String, String> lines = new LinkedHashMap<>();
		if (view != null) {
			for (TimesheetLine line : view.lines()) {
				lines.put(TimesheetForm.key(line), label(line, locale));
			}
		}
		groups.put(this.messages.getMessage("resources.timesheet.choice.lines", null, locale), lines);
		Map<String, String> work = new LinkedHashMap<>();
		for (var directory : this.directories.all()) {
			if (directory.kinds().stream().noneMatch(k -> k.matches(KINDS_OF_WORK))) {
				continue;
			}
			for (WorkEntry entry : directory.workFor(actor)) {
				if (entry.object().ref().kind().matches(KINDS_OF_WORK)) {
					work.putIfAbsent(entry.object().ref().key(), entry.object().label());
				}
			}
		}
		groups.put(this.messages.getMessage("resources.timesheet.choice.work", null, locale), work);
		Map<String, String> projects = new LinkedHashMap<>();
		this.projects.listVisible(actor)
			.stream()
			.filter(p -> actor.clears(p.classification()))
			.forEach(p -> projects.put("project:" + p.id(), p.code() + " · " + p.name()));
		groups.put(this.messages.getMessage("resources.timesheet.choice.projects", null, locale), projects);
		Map<String, String> other = new LinkedHashMap<>();
		for (WorkCategory c : WorkCategory.values()) {
			other.put("other:" + c, this.messages.getMessage("resources.timesheet.category." + c, null, locale));
		}
		groups.put(this.messages.getMessage("resources.timesheet.kind.OTHER", null, locale), other);
		groups.values().removeIf(Map::isEmpty);
		return groups;
	}

	private String label(TimesheetLine line, java.util.Locale locale) {
		return line.category() == null ? line.label()
				: this.messages.getMessage("resources.timesheet.category." + line.category(), null, locale);
	}

	private Map<Long, String> names(List<TimesheetView> weeks) {
		Map<Long, String> names = new LinkedHashMap<>();
		this.people.findAll(new ArrayList<>(weeks.stream().map(w -> w.sheet().personId()).distinct().toList()))
			.forEach((id, p) -> names.put(id, p.displayName()));
		return names;
	}

}

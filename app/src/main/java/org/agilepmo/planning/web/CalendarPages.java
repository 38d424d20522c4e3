package org.agilepmo.planning.web;

import java.time.DayOfWeek;
import java.util.List;

import org.agilepmo.planning.internal.CalendarDraft;
import org.agilepmo.planning.internal.CalendarView;
import org.agilepmo.planning.internal.PlanService;
import org.agilepmo.planning.internal.PlanView;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.web.Pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan page's calendar forms: the project calendar and the other calendars. */
@Controller
@RequestMapping("/projects/{id}/plan")
class CalendarPages {

	private final PlanService plans;

	private final Pages pages;

	CalendarPages(PlanService plans, Pages pages) {
		this.plans = plans;
		this.pages = pages;
	}

	@PostMapping("/calendar")
	String calendar(@PathVariable long id, @RequestParam long planVersion,
			@RequestParam(required = false) Long calendarVersion, @RequestParam(required = false) String name,
			@RequestParam(required = false) List<DayOfWeek> days, @RequestParam(required = false) String hours,
			@RequestParam(required = false) String holidays, @RequestParam(required = false) String zoom,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, PlanPage.back(id, zoom), null, () -> {
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
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, PlanPage.back(id, zoom), null, () -> {
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
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, PlanPage.back(id, zoom), null, () -> this.plans.editCalendar(actor, id,
				calendarId, version, CalendarForm.draft(name, days, hours, holidays)));
	}

}

package org.agilepmo.planning.web;

import java.time.LocalDateTime;

import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.engine.schedule.ConstraintType;
import org.agilepmo.engine.schedule.LinkType;
import org.agilepmo.planning.internal.ActivityDraft;
import org.agilepmo.planning.internal.BudgetChange;
import org.agilepmo.planning.internal.PlanService;
import org.agilepmo.planning.internal.PlanView;
import org.agilepmo.planning.internal.Rescheduled;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.web.Outcome;
import org.agilepmo.web.Pages;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan page's activity and dependency forms: add, change (only the fields the row
 * sent) and remove. Each comes back to the plan page.
 */
@Controller
@RequestMapping("/projects/{id}/plan")
class ActivityPages {

	private final PlanService plans;

	private final Pages pages;

	ActivityPages(PlanService plans, Pages pages) {
		this.plans = plans;
		this.pages = pages;
	}

	@PostMapping("/activities")
	String addActivity(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) ActivityKind kind, @RequestParam(required = false) String duration,
			@RequestParam(required = false) Long parentId, @RequestParam(required = false) String zoom,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, PlanPage.back(id, zoom), null, () -> {
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
			@RequestParam(required = false) String budgetedCost, @RequestParam(required = false) String zoom,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		WorkingDays units = units(actor, id);
		return this.pages
			.act(redirect, PlanPage.back(id, zoom), null,
					() -> this.plans
						.editActivity(actor, id, activityId, version,
								new RowChange(rowChange(units, name, duration, constraintType, constraintDate,
										calendarId, deadline, percentComplete, actualStart, actualFinish),
										budgetedCost)));
	}

	/**
	 * A row's change from the plan page's table: answers the row again with every other
	 * row the change moved (swapped in by id where the page shows them), and the plan's
	 * new finish and critical count in the {@code planChanged} event; a refused change
	 * answers 422 with its message in words, to be shown right after the row.
	 */
	@PostMapping("/activities/{activityId}/row")
	String editRow(@PathVariable long id, @PathVariable long activityId, @RequestParam long version,
			@RequestParam(required = false) String name, @RequestParam(required = false) String duration,
			@RequestParam(required = false) ConstraintType constraintType,
			@RequestParam(required = false) String constraintDate, @RequestParam(required = false) String calendarId,
			@RequestParam(required = false) String deadline, @RequestParam(required = false) String percentComplete,
			@RequestParam(required = false) String actualStart, @RequestParam(required = false) String actualFinish,
			@RequestParam(required = false) String budgetedCost, @RequestParam(required = false) String zoom,
			org.springframework.ui.Model model, jakarta.servlet.http.HttpServletResponse response) {
		Actor actor = CurrentActor.require();
		WorkingDays units = units(actor, id);
		Rescheduled[] done = new Rescheduled[1];
		Outcome refusal = this.pages
			.attempt(
					() -> done[0] = this.plans
						.reviseActivity(actor, id, activityId, version,
								new RowChange(rowChange(units, name, duration, constraintType, constraintDate,
										calendarId, deadline, percentComplete, actualStart, actualFinish),
										budgetedCost)));
		if (refusal != null) {
			// The row stays as the person typed it; the message goes right after it.
			response.setHeader("HX-Reswap", "afterend");
			model.addAttribute("activityId", activityId);
			model.addAttribute("message", refusal.text());
			return "planning/plan :: rowError";
		}
		PlanView plan = done[0].plan();
		java.util.Map<Long, Integer> rowIndex = new java.util.HashMap<>();
		for (int i = 0; i < plan.activities().size(); i++) {
			rowIndex.put(plan.activities().get(i).id(), i + 2);
		}
		model.addAttribute("plan", plan);
		model.addAttribute("mayEdit", true);
		model.addAttribute("units", units);
		model.addAttribute("zoom", GanttChart.Zoom.of(zoom).name());
		model.addAttribute("folded", java.util.Set.of());
		model.addAttribute("constraints", ConstraintType.values());
		java.util.Map<Long, String> calendars = new java.util.LinkedHashMap<>();
		plan.calendars().forEach(c -> calendars.put(c.id(), c.calendar().name()));
		model.addAttribute("calendarNames", calendars);
		model.addAttribute("rowIndex", rowIndex);
		model.addAttribute("edited", plan.activity(activityId));
		model.addAttribute("movedRows", done[0].changed().stream().filter(a -> a.id() != activityId).toList());
		response.setHeader("HX-Trigger",
				"{\"planChanged\":{\"finish\":\"" + json(units.at(plan.projectFinish())) + "\",\"critical\":\""
						+ json(plan.criticalCount() + " / " + plan.activities().size()) + "\",\"version\":"
						+ plan.version() + "}}");
		return "planning/plan :: editedRows";
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20 || c > 0x7e) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static org.agilepmo.shared.Change<ActivityDraft> rowChange(WorkingDays units, String name, String duration,
			ConstraintType constraintType, String constraintDate, String calendarId, String deadline,
			String percentComplete, String actualStart, String actualFinish) {
		return current -> {
			ActivityDraft draft = current;
			if (name != null) {
				draft = draft.withName(name);
			}
			if (duration != null && current.kind() == ActivityKind.TASK) {
				draft = draft.withDuration(units.parse("duration", duration));
			}
			if (constraintType != null) {
				LocalDateTime date = constraintType.isDated() ? PlanInput.dateTime("constraintDate", constraintDate)
						: null;
				draft = draft.withConstraint(constraintType, date);
			}
			if (calendarId != null || deadline != null || percentComplete != null || actualStart != null
					|| actualFinish != null) {
				// The details of a row: a field that was not sent keeps its
				// value,
				// an empty one clears it (the project calendar, no deadline, not
				// started, not finished).
				draft = draft.withDetails(
						(calendarId != null) ? PlanInput.optionalId("calendarId", calendarId) : current.calendarId(),
						(deadline != null) ? PlanInput.optionalDateTime("deadline", deadline) : current.deadline(),
						(actualStart != null) ? PlanInput.optionalDateTime("actualStart", actualStart)
								: current.actualStart(),
						(actualFinish != null) ? PlanInput.optionalDateTime("actualFinish", actualFinish)
								: current.actualFinish(),
						(percentComplete != null) ? PlanInput.percent(percentComplete) : current.percentComplete());
			}
			return draft;
		};
	}

	/**
	 * A row's change with the budgeted cost of its details: a field that was not sent
	 * keeps the cost, an empty one removes it.
	 */
	private record RowChange(org.agilepmo.shared.Change<ActivityDraft> row,
			String budgetedCost) implements org.agilepmo.shared.Change<ActivityDraft>, BudgetChange {

		@Override
		public ActivityDraft applyTo(ActivityDraft current) {
			return this.row.applyTo(current);
		}

		@Override
		public boolean changesBudgetedCost() {
			return this.budgetedCost != null;
		}

		@Override
		public String budgetedCostText() {
			return this.budgetedCost;
		}

	}

	@PostMapping("/activities/{activityId}/delete")
	String deleteActivity(@PathVariable long id, @PathVariable long activityId, @RequestParam long version,
			@RequestParam(required = false) String zoom, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, PlanPage.back(id, zoom), null,
				() -> this.plans.deleteActivity(actor, id, activityId, version));
	}

	@PostMapping("/dependencies")
	String addDependency(@PathVariable long id, @RequestParam(required = false) Long predecessorId,
			@RequestParam(required = false) Long successorId, @RequestParam(required = false) LinkType type,
			@RequestParam(required = false) String lag, @RequestParam(required = false) String zoom,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, PlanPage.back(id, zoom), null, () -> {
			if (predecessorId == null) {
				throw new RuleViolationException("predecessorId", "planning.error.required", "required");
			}
			if (successorId == null) {
				throw new RuleViolationException("successorId", "planning.error.required", "required");
			}
			this.plans.addDependency(actor, id, predecessorId, successorId,
					(type != null) ? type : LinkType.FINISH_START, PlanInput.lag(units(actor, id), lag));
		});
	}

	@PostMapping("/dependencies/{dependencyId}")
	String editDependency(@PathVariable long id, @PathVariable long dependencyId, @RequestParam long version,
			@RequestParam(required = false) LinkType type, @RequestParam(required = false) String lag,
			@RequestParam(required = false) String zoom, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, PlanPage.back(id, zoom), null, () -> {
			var current = this.plans.dependency(actor, id, dependencyId);
			this.plans.editDependency(actor, id, dependencyId, version, (type != null) ? type : current.type(),
					(lag != null) ? PlanInput.lag(units(actor, id), lag) : current.lag());
		});
	}

	@PostMapping("/dependencies/{dependencyId}/delete")
	String deleteDependency(@PathVariable long id, @PathVariable long dependencyId, @RequestParam long version,
			@RequestParam(required = false) String zoom, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, PlanPage.back(id, zoom), null,
				() -> this.plans.deleteDependency(actor, id, dependencyId, version));
	}

	private WorkingDays units(Actor actor, long id) {
		return new WorkingDays(this.plans.plan(actor, id).minutesPerDay(), LocaleContextHolder.getLocale());
	}

}

package org.agilepmo.delivery.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import org.agilepmo.delivery.internal.BacklogService;
import org.agilepmo.delivery.internal.ChartService;
import org.agilepmo.delivery.internal.ItemView;
import org.agilepmo.delivery.internal.SprintBurn;
import org.agilepmo.delivery.internal.SprintService;
import org.agilepmo.delivery.internal.SprintService.Planning;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
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
 * The sprint pages: a squad's sprints, and one sprint with its planning (items in and
 * out, capacity, commitment against velocity), its burndown and burnup, and its review
 * and retrospective with their actions.
 */
@Controller
class SprintPages {

	private final SprintService sprints;

	private final BacklogService backlog;

	private final ChartService charts;

	private final BacklogPages squadPages;

	private final OrganisationManagement organisation;

	private final MessageSource messages;

	private final Pages pages;

	SprintPages(SprintService sprints, BacklogService backlog, ChartService charts, BacklogPages squadPages,
			OrganisationManagement organisation, MessageSource messages, Pages pages) {
		this.sprints = sprints;
		this.backlog = backlog;
		this.charts = charts;
		this.squadPages = squadPages;
		this.organisation = organisation;
		this.messages = messages;
		this.pages = pages;
	}

	@GetMapping("/delivery/squads/{squadId}/sprints")
	String list(@PathVariable long squadId, Model model) {
		Actor actor = CurrentActor.require();
		if (!model.containsAttribute("sprintForm")) {
			model.addAttribute("sprintForm", new SprintForm());
		}
		this.squadPages.squadModel(actor, squadId, model);
		model.addAttribute("sprints", this.sprints.ofSquad(actor, squadId));
		model.addAttribute("velocity", this.sprints.velocity(actor, squadId));
		return "delivery/sprints";
	}

	@PostMapping("/delivery/squads/{squadId}/sprints")
	String plan(@PathVariable long squadId, @Valid @ModelAttribute("sprintForm") SprintForm form, BindingResult binding,
			Model model, RedirectAttributes flash) {
		return this.pages.submit(binding, model, () -> {
			this.sprints.plan(CurrentActor.require(), squadId, form.getName(), form.getGoal(), form.getStartDate(),
					form.getEndDate());
			this.pages.saved(flash, "delivery.saved");
			return "redirect:/delivery/squads/" + squadId + "/sprints";
		}, () -> list(squadId, model));
	}

	@GetMapping("/delivery/sprints/{id}")
	String sprint(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		Planning planning = this.sprints.planning(actor, id);
		long squadId = planning.sprint().squadId();
		this.squadPages.squadModel(actor, squadId, model);
		model.addAttribute("planning", planning);
		List<ItemView> candidates = this.backlog.backlog(actor, squadId)
			.stream()
			.filter(i -> i.sprintId() == null && i.type().onBoard()
					&& i.category() != org.agilepmo.delivery.internal.Category.DONE)
			.toList();
		model.addAttribute("candidates", candidates);
		List<PersonSummary> members = new ArrayList<>(this.organisation.details(squadId).members());
		model.addAttribute("members", members);
		model.addAttribute("actions", this.sprints.actionsOfSprint(actor, id));
		List<SprintBurn.Day> burn = this.charts.burn(actor, id);
		model.addAttribute("burn", burn);
		var locale = LocaleContextHolder.getLocale();
		List<BurnPoint> axis = BurnPoint.wholeSprint(planning.sprint().startDate(), planning.sprint().endDate(), burn,
				this.charts.idealLine(actor, id));
		model.addAttribute("burndownChart", ChartJson.labels(axis, p -> p.day().toString())
			.series(this.messages.getMessage("delivery.chart.remaining", null, locale), "line", axis,
					BurnPoint::remaining)
			.series(this.messages.getMessage("delivery.chart.ideal", null, locale), "line", axis, BurnPoint::ideal)
			.build());
		model.addAttribute("burnupChart", ChartJson.labels(axis, p -> p.day().toString())
			.series(this.messages.getMessage("delivery.chart.done", null, locale), "line", axis, BurnPoint::done)
			.series(this.messages.getMessage("delivery.chart.scope", null, locale), "line", axis, BurnPoint::scope)
			.build());
		return "delivery/sprint";
	}

	@PostMapping("/delivery/sprints/{id}/items")
	String addItem(@PathVariable long id, @RequestParam String item, RedirectAttributes flash) {
		String[] idAndVersion = item.split(":");
		if (idAndVersion.length != 2) {
			throw new IllegalArgumentException("item is id:version");
		}
		long itemId = Long.parseLong(idAndVersion[0]);
		long version = Long.parseLong(idAndVersion[1]);
		flash.addFlashAttribute("focus", "add-item");
		return this.pages.act(flash, "/delivery/sprints/" + id, "delivery.saved",
				() -> this.backlog.plan(CurrentActor.require(), itemId, version, id));
	}

	@PostMapping("/delivery/sprints/{id}/items/{itemId}/remove")
	String removeItem(@PathVariable long id, @PathVariable long itemId, @RequestParam long version,
			RedirectAttributes flash) {
		return this.pages.act(flash, "/delivery/sprints/" + id, "delivery.saved",
				() -> this.backlog.plan(CurrentActor.require(), itemId, version, null));
	}

	@PostMapping("/delivery/sprints/{id}/availability")
	String availability(@PathVariable long id, @RequestParam long version, @RequestParam long personId,
			@RequestParam BigDecimal days, RedirectAttributes flash) {
		return this.pages.act(flash, "/delivery/sprints/" + id, "delivery.saved",
				() -> this.sprints.makeAvailable(CurrentActor.require(), id, version, personId, days));
	}

	@PostMapping("/delivery/sprints/{id}/start")
	String start(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		return this.pages.act(flash, "/delivery/sprints/" + id, "delivery.saved",
				() -> this.sprints.start(CurrentActor.require(), id, version));
	}

	@PostMapping("/delivery/sprints/{id}/close")
	String close(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		return this.pages.act(flash, "/delivery/sprints/" + id, "delivery.saved",
				() -> this.sprints.close(CurrentActor.require(), id, version));
	}

	@PostMapping("/delivery/sprints/{id}/review")
	String review(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String shown,
			@RequestParam(required = false) String feedback, @RequestParam(required = false) List<Long> acceptedItems,
			RedirectAttributes flash) {
		Set<Long> accepted = acceptedItems == null ? Set.of() : new HashSet<>(acceptedItems);
		return this.pages.act(flash, "/delivery/sprints/" + id, "delivery.saved",
				() -> this.sprints.review(CurrentActor.require(), id, version, shown, feedback, accepted));
	}

	@PostMapping("/delivery/sprints/{id}/retrospective")
	String retrospective(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String wentWell, @RequestParam(required = false) String toImprove,
			RedirectAttributes flash) {
		return this.pages.act(flash, "/delivery/sprints/" + id, "delivery.saved",
				() -> this.sprints.retrospective(CurrentActor.require(), id, version, wentWell, toImprove));
	}

	@PostMapping("/delivery/sprints/{id}/actions")
	String agree(@PathVariable long id, @RequestParam String text, @RequestParam(required = false) Long ownerId,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate dueDate,
			RedirectAttributes flash) {
		return this.pages.act(flash, "/delivery/sprints/" + id, "delivery.saved",
				() -> this.sprints.agree(CurrentActor.require(), id, text, ownerId, dueDate));
	}

	@PostMapping("/delivery/actions/{id}")
	String changeAction(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean done, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		var action = this.sprints.actionById(actor, id)
			.orElseThrow(() -> new org.agilepmo.shared.NotFoundException("delivery-action", id));
		return this.pages.act(flash, "/delivery/sprints/" + action.sprintId(), "delivery.saved", () -> this.sprints
			.changeAction(actor, id, version, action.text(), action.ownerId(), action.dueDate(), done));
	}

	/**
	 * One day on the chart's axis, which spans the whole sprint: the ideal line runs to
	 * the last day, the actual figures stop at today.
	 */
	record BurnPoint(LocalDate day, Integer scope, Integer done, Integer remaining, double ideal) {

		static List<BurnPoint> wholeSprint(LocalDate start, LocalDate end, List<SprintBurn.Day> actual,
				List<Double> idealLine) {
			List<BurnPoint> points = new ArrayList<>();
			int i = 0;
			for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1), i++) {
				double ideal = (i < idealLine.size()) ? idealLine.get(i) : 0;
				SprintBurn.Day day = (i < actual.size()) ? actual.get(i) : null;
				points.add(new BurnPoint(d, day == null ? null : day.scope(), day == null ? null : day.done(),
						day == null ? null : day.remaining(), ideal));
			}
			return points;
		}

	}

}

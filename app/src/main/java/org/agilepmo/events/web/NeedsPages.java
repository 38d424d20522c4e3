package org.agilepmo.events.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.events.internal.EventAccess;
import org.agilepmo.events.internal.NeedsCampaign;
import org.agilepmo.events.internal.NeedsService;
import org.agilepmo.events.internal.NeedsTopic;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The training needs assessment pages: the assessments of one's units, starting one, and
 * an assessment (one's own answers while it is open, the consolidated needs with their
 * chart, and the follow-up of each need).
 */
@Controller
class NeedsPages {

	private final NeedsService needs;

	private final EventAccess access;

	private final Pages pages;

	NeedsPages(NeedsService needs, EventAccess access, Pages pages) {
		this.needs = needs;
		this.access = access;
		this.pages = pages;
	}

	@GetMapping("/training-needs")
	String list(Model model) {
		Actor actor = CurrentActor.require();
		List<NeedsCampaign> campaigns = this.needs.list(actor);
		Map<Long, String> units = new HashMap<>();
		campaigns.forEach(c -> units.computeIfAbsent(c.unitId(), this.access::unitName));
		model.addAttribute("campaigns", campaigns);
		model.addAttribute("unitNames", units);
		model.addAttribute("units", this.access.organisableUnits(actor));
		return "events/needs-list";
	}

	@PostMapping("/training-needs")
	String create(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
			@RequestParam(required = false) String topics, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		long[] created = new long[1];
		String back = this.pages.act(flash, "/training-needs", "events.saved.assessment",
				() -> created[0] = this.needs
					.create(actor, unitId, title, closesOn,
							topics == null ? List.of() : Arrays.asList(topics.split("\\R")))
					.id());
		return created[0] == 0 ? back : "redirect:/training-needs/" + created[0];
	}

	@GetMapping("/training-needs/{id}")
	String campaign(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		NeedsCampaign campaign = this.needs.get(actor, id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("unitName", this.access.unitName(campaign.unitId()));
		model.addAttribute("topics", this.needs.topics(id));
		model.addAttribute("mine", this.needs.answersOf(id, actor.id()));
		model.addAttribute("member", this.access.unitsOf(actor).contains(campaign.unitId()));
		model.addAttribute("needs", this.needs.consolidated(actor, id));
		model.addAttribute("trainings", this.needs.trainingsOf(actor, campaign.unitId()));
		model.addAttribute("followUps", NeedsTopic.FollowUp.values());
		return "events/needs";
	}

	@PostMapping("/training-needs/{id}/answers")
	String answer(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		Map<Long, Integer> levels = new HashMap<>();
		form.forEach((key, value) -> {
			if (key.startsWith("level-") && key.substring(6).matches("\\d+") && value != null && value.matches("\\d")) {
				levels.put(Long.parseLong(key.substring(6)), Integer.parseInt(value));
			}
		});
		return this.pages.act(flash, "/training-needs/" + id, "events.saved.needsAnswered",
				() -> this.needs.respond(actor, id, levels));
	}

	@PostMapping("/training-needs/{id}/closure")
	String close(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/training-needs/" + id, "events.saved.assessmentClosed",
				() -> this.needs.close(actor, id, version));
	}

	@PostMapping("/needs-topics/{id}/follow-up")
	String followUp(@PathVariable long id, @RequestParam long campaignId, @RequestParam long version,
			@RequestParam(required = false) NeedsTopic.FollowUp status,
			@RequestParam(required = false) Long plannedEventId, @RequestParam(required = false) String note,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/training-needs/" + campaignId, "events.saved.followUp",
				() -> this.needs.followUp(actor, id, version, status, plannedEventId, note));
	}

}

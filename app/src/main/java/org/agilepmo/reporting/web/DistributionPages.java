package org.agilepmo.reporting.web;

import java.time.DayOfWeek;

import org.agilepmo.reporting.internal.DistributionList;
import org.agilepmo.reporting.internal.DistributionList.Scope;
import org.agilepmo.reporting.internal.DistributionService;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The PMO's pages for a portfolio's and a project's distribution list: when the published
 * reports go out (at publication, a weekly digest), and who receives them (people who see
 * the portfolio or project, external addresses with their language).
 */
@Controller
class DistributionPages {

	private final DistributionService distribution;

	private final Pages pages;

	DistributionPages(DistributionService distribution, Pages pages) {
		this.distribution = distribution;
		this.pages = pages;
	}

	@GetMapping("/portfolios/{id}/distribution-list")
	String portfolio(@PathVariable long id, Model model) {
		return show(Scope.ofPortfolio(id), model);
	}

	@GetMapping("/projects/{id}/distribution-list")
	String project(@PathVariable long id, Model model) {
		return show(Scope.ofProject(id), model);
	}

	private String show(Scope scope, Model model) {
		Actor actor = CurrentActor.require();
		DistributionList list = this.distribution.of(actor, scope);
		model.addAttribute("scope", scope);
		model.addAttribute("name", this.distribution.nameOf(actor, scope));
		model.addAttribute("list", list);
		model.addAttribute("names", this.distribution.names(list));
		model.addAttribute("candidates", this.distribution.candidates(actor, scope));
		java.util.Map<DayOfWeek, String> days = new java.util.LinkedHashMap<>();
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		for (DayOfWeek day : DayOfWeek.values()) {
			days.put(day, day.getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, locale));
		}
		model.addAttribute("days", days);
		model.addAttribute("languages", DistributionList.LANGUAGES);
		model.addAttribute("mailEnabled", this.distribution.mailEnabled());
		return "reporting/distribution";
	}

	@PostMapping("/portfolios/{id}/distribution-list")
	String schedulePortfolio(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean onPublish,
			@RequestParam(required = false) DayOfWeek digestDay, @RequestParam(required = false) String digestTime,
			@RequestParam(required = false) String timeZone, RedirectAttributes flash) {
		return schedule(Scope.ofPortfolio(id), version, onPublish, digestDay, digestTime, timeZone, flash);
	}

	@PostMapping("/projects/{id}/distribution-list")
	String scheduleProject(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean onPublish,
			@RequestParam(required = false) DayOfWeek digestDay, @RequestParam(required = false) String digestTime,
			@RequestParam(required = false) String timeZone, RedirectAttributes flash) {
		return schedule(Scope.ofProject(id), version, onPublish, digestDay, digestTime, timeZone, flash);
	}

	private String schedule(Scope scope, long version, boolean onPublish, DayOfWeek day, String time, String zone,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, back(scope), "reporting.saved.distribution", () -> this.distribution
			.schedule(actor, scope, version, new DistributionList.Schedule(onPublish, day, time, zone)));
	}

	@PostMapping("/portfolios/{id}/distribution-list/people")
	String addPersonToPortfolio(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) Long personId, RedirectAttributes flash) {
		return addPerson(Scope.ofPortfolio(id), version, personId, flash);
	}

	@PostMapping("/projects/{id}/distribution-list/people")
	String addPersonToProject(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) Long personId, RedirectAttributes flash) {
		return addPerson(Scope.ofProject(id), version, personId, flash);
	}

	private String addPerson(Scope scope, long version, Long personId, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, back(scope), "reporting.saved.distribution",
				() -> this.distribution.addPerson(actor, scope, version, personId));
	}

	@PostMapping("/portfolios/{id}/distribution-list/addresses")
	String addAddressToPortfolio(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String email, @RequestParam(required = false) String name,
			@RequestParam(required = false) String language, RedirectAttributes flash) {
		return addAddress(Scope.ofPortfolio(id), version, email, name, language, flash);
	}

	@PostMapping("/projects/{id}/distribution-list/addresses")
	String addAddressToProject(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String email, @RequestParam(required = false) String name,
			@RequestParam(required = false) String language, RedirectAttributes flash) {
		return addAddress(Scope.ofProject(id), version, email, name, language, flash);
	}

	private String addAddress(Scope scope, long version, String email, String name, String language,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, back(scope), "reporting.saved.distribution",
				() -> this.distribution.addExternal(actor, scope, version, email, name, language));
	}

	@PostMapping("/portfolios/{id}/distribution-list/recipients/{recipientId}/removal")
	String removeFromPortfolio(@PathVariable long id, @PathVariable long recipientId, @RequestParam long version,
			RedirectAttributes flash) {
		return remove(Scope.ofPortfolio(id), version, recipientId, flash);
	}

	@PostMapping("/projects/{id}/distribution-list/recipients/{recipientId}/removal")
	String removeFromProject(@PathVariable long id, @PathVariable long recipientId, @RequestParam long version,
			RedirectAttributes flash) {
		return remove(Scope.ofProject(id), version, recipientId, flash);
	}

	private String remove(Scope scope, long version, long recipientId, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, back(scope), "reporting.saved.distribution",
				() -> this.distribution.remove(actor, scope, version, recipientId));
	}

	private static String back(Scope scope) {
		return scope.path() + "/distribution-list";
	}

}

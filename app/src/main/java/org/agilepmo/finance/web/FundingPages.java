package org.agilepmo.finance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.agilepmo.finance.CostCategory;
import org.agilepmo.finance.internal.Conversions;
import org.agilepmo.finance.internal.FinanceAccess;
import org.agilepmo.finance.internal.FundingService;
import org.agilepmo.finance.internal.FundingSource;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
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
 * The funding sources (the regular budget and donors' grants) and the exchange rates.
 * Everyone signed in reads the rates and the sources they may see (a donor their own
 * grants), with a link to each grant report they may read; the PMO records and revises
 * them. Working pages: every change posts, redirects back and says how it went.
 */
@Controller
class FundingPages {

	private final FundingService funding;

	private final Conversions conversions;

	private final FinanceAccess access;

	private final People people;

	private final Pages pages;

	FundingPages(FundingService funding, Conversions conversions, FinanceAccess access, People people, Pages pages) {
		this.funding = funding;
		this.conversions = conversions;
		this.access = access;
		this.people = people;
		this.pages = pages;
	}

	@GetMapping("/funding-sources")
	String sources(Model model) {
		Actor actor = CurrentActor.require();
		var sources = this.funding.visibleSources(actor);
		Map<Long, Boolean> reports = new HashMap<>();
		sources.forEach(s -> reports.put(s.id(), s.isGrant() && this.funding.mayReadReport(actor, s)));
		model.addAttribute("sources", sources);
		model.addAttribute("reports", reports);
		model.addAttribute("isPmo", this.access.isPmo(actor));
		form(model, null);
		return "finance/sources";
	}

	@PostMapping("/funding-sources")
	String create(@RequestParam(required = false) FundingSource.Kind kind, @RequestParam(required = false) String name,
			@RequestParam(required = false) String donor, @RequestParam(required = false) Long donorPersonId,
			@RequestParam(required = false) String reference, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(required = false) String currency,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@RequestParam(required = false) Set<CostCategory> eligible,
			@RequestParam(required = false) String conditions,
			@RequestParam(required = false) FundingSource.Reporting reporting, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		FundingSource.SourceDraft draft = new FundingSource.SourceDraft(kind, name, donor, donorPersonId, reference,
				amount, currency, startsOn, endsOn, eligible, conditions, reporting);
		return this.pages.act(flash, "/funding-sources", "finance.saved.source",
				() -> this.funding.createSource(actor, draft));
	}

	@GetMapping("/funding-sources/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		this.access.requirePmo(actor);
		form(model, this.funding.visibleSource(actor, id));
		return "finance/source-edit";
	}

	@PostMapping("/funding-sources/{id}")
	String revise(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) FundingSource.Kind kind, @RequestParam(required = false) String name,
			@RequestParam(required = false) String donor, @RequestParam(required = false) Long donorPersonId,
			@RequestParam(required = false) String reference, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(required = false) String currency,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@RequestParam(required = false) Set<CostCategory> eligible,
			@RequestParam(required = false) String conditions,
			@RequestParam(required = false) FundingSource.Reporting reporting, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		FundingSource.SourceDraft draft = new FundingSource.SourceDraft(kind, name, donor, donorPersonId, reference,
				amount, currency, startsOn, endsOn, eligible, conditions, reporting);
		return this.pages.act(flash, "/funding-sources/" + id + "/edit", "finance.saved.source",
				() -> this.funding.reviseSource(actor, id, version, draft));
	}

	@GetMapping("/exchange-rates")
	String rates(Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("rates", this.conversions.all());
		model.addAttribute("isPmo", this.access.isPmo(actor));
		model.addAttribute("today", LocalDate.now());
		return "finance/rates";
	}

	@PostMapping("/exchange-rates")
	String recordRate(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam(required = false) BigDecimal rate, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/exchange-rates", "finance.saved.rate",
				() -> this.conversions.record(actor, from, to, validFrom, rate));
	}

	private void form(Model model, FundingSource source) {
		model.addAttribute("source", source);
		model.addAttribute("kinds", FundingSource.Kind.values());
		model.addAttribute("categories", CostCategory.values());
		model.addAttribute("reportings", FundingSource.Reporting.values());
		model.addAttribute("people",
				this.people.listEnabled()
					.stream()
					.sorted(java.util.Comparator.comparing(PersonSummary::displayName))
					.toList());
	}

}

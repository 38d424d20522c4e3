package org.agilepmo.quality.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.quality.internal.Band;
import org.agilepmo.quality.internal.Dora.Week;
import org.agilepmo.quality.internal.DoraReadings;
import org.agilepmo.quality.internal.DoraReadings.Metric;
import org.agilepmo.quality.internal.DoraReadings.SquadDora;
import org.agilepmo.quality.internal.IndicatorAccess;
import org.agilepmo.quality.internal.Integration;
import org.agilepmo.quality.internal.IntegrationService;
import org.agilepmo.quality.internal.Overseers;
import org.agilepmo.quality.internal.TargetService;
import org.agilepmo.quality.internal.Target;
import org.agilepmo.identity.People;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The quality pages: the overview by tribe and competency centre (with the PMO's
 * targets), and a squad's DORA page with its four weekly charts, each point leading to
 * the events behind it, and the squad's integrations.
 */
@Controller
class QualityPages {

	private final DoraReadings readings;

	private final IntegrationService integrations;

	private final TargetService targets;

	private final IndicatorAccess access;

	private final Overseers overseers;

	private final OrganisationDirectory organisation;

	private final People people;

	private final Measures measures;

	private final MessageSource messages;

	private final ObjectMapper json;

	private final Pages pages;

	QualityPages(DoraReadings readings, IntegrationService integrations, TargetService targets, IndicatorAccess access,
			Overseers overseers, OrganisationDirectory organisation, People people, Measures measures,
			MessageSource messages, ObjectMapper json, Pages pages) {
		this.readings = readings;
		this.integrations = integrations;
		this.targets = targets;
		this.access = access;
		this.overseers = overseers;
		this.organisation = organisation;
		this.people = people;
		this.measures = measures;
		this.messages = messages;
		this.json = json;
		this.pages = pages;
	}

	@GetMapping("/quality")
	String overview(@RequestParam(defaultValue = "90") int days, Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("overview", this.readings.overview(actor, days));
		model.addAttribute("windows", DoraReadings.WINDOWS);
		model.addAttribute("bands", Band.values());
		boolean pmo = actor.isPortfolioWide();
		model.addAttribute("pmo", pmo);
		if (pmo) {
			Map<Long, String> tribes = new LinkedHashMap<>();
			this.organisation.ofType(UnitType.TRIBE).forEach(t -> tribes.put(t.id(), t.name()));
			model.addAttribute("tribes", tribes);
			Map<String, Target> targetsByTribe = new LinkedHashMap<>();
			this.targets.of(null).ifPresent(t -> targetsByTribe.put("", t));
			tribes.keySet().forEach(id -> this.targets.of(id).ifPresent(t -> targetsByTribe.put(id.toString(), t)));
			model.addAttribute("targets", targetsByTribe);
			model.addAttribute("overseers", this.people.findAll(this.overseers.all()).values());
		}
		return "quality/overview";
	}

	@GetMapping("/quality/squads/{id}")
	String squad(@PathVariable long id, @RequestParam(defaultValue = "90") int days,
			@RequestParam(required = false) String service, @RequestParam(required = false) Metric metric,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
			Model model) {
		Actor actor = CurrentActor.require();
		SquadDora dora = this.readings.squad(actor, id, days, service);
		model.addAttribute("dora", dora);
		model.addAttribute("windows", DoraReadings.WINDOWS);
		model.addAttribute("links", links(dora));
		model.addAttribute("frequencyChart", chart(dora, "quality.dora.frequency", "bar",
				w -> w.figures().successfulDeployments(), Metric.FREQUENCY));
		model.addAttribute("leadTimeChart", chart(dora, "quality.dora.leadTime", "line",
				w -> this.measures.hours(w.figures().medianLeadTime()), Metric.LEAD_TIME));
		model.addAttribute("failureChart", chart(dora, "quality.dora.failureRate", "bar",
				w -> this.measures.percent(w.figures().changeFailureRate()), Metric.FAILURE_RATE));
		model.addAttribute("restoreChart", chart(dora, "quality.dora.restore", "line",
				w -> this.measures.hours(w.figures().medianTimeToRestore()), Metric.RESTORE));
		if (metric != null && week != null) {
			model.addAttribute("rows", this.readings.rows(actor, id, days, service, metric, week));
		}
		model.addAttribute("integrations", this.integrations.ofSquad(actor, id));
		model.addAttribute("providers", Integration.Provider.values());
		model.addAttribute("sealed", this.integrations.seals());
		return "quality/squad";
	}

	@PostMapping("/quality/squads/{id}/integrations")
	String register(@PathVariable long id, @RequestParam(required = false) Integration.Provider provider,
			@RequestParam(required = false) String serviceRef, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, "/quality/squads/" + id + "#integrations", null, () -> {
			IntegrationService.Registered registered = this.integrations.register(actor, id, provider, serviceRef);
			redirect.addFlashAttribute("newSecret", registered.secret());
			redirect.addFlashAttribute("newHook",
					"/api/v1/quality/hooks/"
							+ registered.integration().provider().name().toLowerCase(java.util.Locale.ROOT) + "/"
							+ registered.integration().id());
			this.pages.saved(redirect, "quality.saved.integration");
		});
	}

	@PostMapping("/quality/integrations/{id}/deactivate")
	String deactivate(@PathVariable long id, @RequestParam long squadId, @RequestParam long version,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, "/quality/squads/" + squadId + "#integrations", "quality.saved.integrationOff",
				() -> this.integrations.deactivate(actor, id, version));
	}

	@PostMapping("/quality/targets")
	String aimFor(@RequestParam(required = false) Long tribeId, @RequestParam(required = false) Band band,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, "/quality#targets", "quality.saved.target",
				() -> this.targets.aimFor(actor, tribeId, band, version));
	}

	@PostMapping("/quality/overseers")
	String appoint(@RequestParam String username, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, "/quality#overseers", "quality.saved.overseer",
				() -> this.overseers.appoint(actor,
						this.people.findByUsername(username.strip())
							.orElseThrow(() -> new org.agilepmo.shared.RuleViolationException("username",
									"quality.error.unknownPerson", "names no person"))
							.id()));
	}

	/** Per metric and week, the page again showing the events behind that point. */
	private Map<String, List<String>> links(SquadDora dora) {
		Map<String, List<String>> links = new LinkedHashMap<>();
		for (Metric metric : Metric.values()) {
			List<String> list = new ArrayList<>();
			for (Week week : dora.weeks()) {
				list.add(link(dora, metric, week.monday()));
			}
			links.put(metric.name(), list);
		}
		return links;
	}

	static String link(SquadDora dora, Metric metric, LocalDate monday) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/quality/squads/" + dora.squad().id())
			.queryParam("days", dora.days());
		if (dora.service() != null) {
			uri.queryParam("service", dora.service());
		}
		return uri.queryParam("metric", metric.name())
			.queryParam("week", monday)
			.fragment("rows")
			.encode()
			.build()
			.toUriString();
	}

	private String chart(SquadDora dora, String nameKey, String type, Function<Week, Number> value, Metric metric) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels", dora.weeks().stream().map(w -> w.monday().toString()).toList());
		chart.put("links", dora.weeks().stream().map(w -> link(dora, metric, w.monday())).toList());
		List<Number> data = new ArrayList<>();
		dora.weeks().forEach(w -> data.add(value.apply(w)));
		chart.put("series", List.of(Map.of("name",
				this.messages.getMessage(nameKey, null, LocaleContextHolder.getLocale()), "type", type, "data", data)));
		return this.json.writeValueAsString(chart);
	}

}

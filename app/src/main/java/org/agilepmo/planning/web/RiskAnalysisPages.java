package org.agilepmo.planning.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.agilepmo.engine.risk.Distribution;
import org.agilepmo.engine.risk.Sampling;
import org.agilepmo.planning.internal.ActivityDraft;
import org.agilepmo.planning.internal.ActivityView;
import org.agilepmo.planning.internal.CorrelationDraft;
import org.agilepmo.planning.internal.CorrelationGroupService;
import org.agilepmo.planning.internal.DurationEstimate;
import org.agilepmo.planning.internal.EstimateChange;
import org.agilepmo.planning.internal.PlanService;
import org.agilepmo.planning.internal.PlanView;
import org.agilepmo.planning.internal.RiskAnalysisService;
import org.agilepmo.planning.internal.RiskAnalysisService.Request;
import org.agilepmo.planning.internal.RiskAnalysisService.RunView;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.web.Pages;
import tools.jackson.databind.ObjectMapper;

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
 * The plan's schedule risk analysis page: the three-point estimates and correlation
 * groups a run uses, starting a run and following its progress (or stopping it), its
 * results as charts with their tables, the past runs with the inputs they used, and two
 * runs side by side.
 */
@Controller
@RequestMapping("/projects/{id}/plan/risk-analysis")
class RiskAnalysisPages {

	/**
	 * The most tasks the page lists for estimates and groups; the API reaches the rest.
	 */
	static final int TASKS_SHOWN = 500;

	private final PlanService plans;

	private final RiskAnalysisService analyses;

	private final CorrelationGroupService groups;

	private final Pages pages;

	private final MessageSource messages;

	private final ObjectMapper json;

	RiskAnalysisPages(PlanService plans, RiskAnalysisService analyses, CorrelationGroupService groups, Pages pages,
			MessageSource messages, ObjectMapper json) {
		this.plans = plans;
		this.analyses = analyses;
		this.groups = groups;
		this.pages = pages;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping
	String page(@PathVariable long id, @RequestParam(required = false) Long run,
			@RequestParam(required = false) Long compare, @RequestParam(required = false) String deadline,
			Model model) {
		Actor actor = CurrentActor.require();
		PlanView plan = this.plans.plan(actor, id);
		Locale locale = LocaleContextHolder.getLocale();
		List<RunView> runs = this.analyses.runs(actor, id);
		RunView shown = null;
		if (run != null) {
			shown = this.analyses.run(actor, run);
			if (shown.projectId() != id) {
				throw new org.agilepmo.shared.NotFoundException("risk analysis", run);
			}
		}
		else {
			shown = runs.stream()
				.filter(r -> "DONE".equals(r.status()) || "RUNNING".equals(r.status()))
				.findFirst()
				.map(r -> this.analyses.run(actor, r.id()))
				.orElse(null);
		}
		RunView other = null;
		if (compare != null) {
			other = this.analyses.run(actor, compare);
			if (other.projectId() != id) {
				throw new org.agilepmo.shared.NotFoundException("risk analysis", compare);
			}
		}
		LocalDate chosenDeadline = RiskAnalysisInput.date(deadline);
		RiskAnalysisReport report = (shown != null) ? RiskAnalysisReport.of(shown, chosenDeadline) : null;
		RiskAnalysisReport compared = (other != null) ? RiskAnalysisReport.of(other, chosenDeadline) : null;
		Map<Long, String> links = new HashMap<>();
		for (int i = 0; i < plan.activities().size(); i++) {
			long activityId = plan.activities().get(i).id();
			links.put(activityId, "/projects/" + id + "/plan?from=" + i + "#activity-" + activityId);
		}
		model.addAttribute("plan", plan);
		model.addAttribute("projectId", id);
		model.addAttribute("units", new WorkingDays(plan.minutesPerDay(), locale));
		model.addAttribute("mayEdit", this.plans.mayEdit(actor, id));
		model.addAttribute("runs", runs);
		model.addAttribute("headlines", headlines(runs));
		model.addAttribute("shown", shown);
		model.addAttribute("percent", (shown != null) ? Math.round(shown.progress() * 100) : 0);
		model.addAttribute("report", report);
		model.addAttribute("other", other);
		model.addAttribute("compared", compared);
		model.addAttribute("links", links);
		List<ActivityView> tasks = plan.activities().stream().filter(a -> !a.isSummary() && !a.isMilestone()).toList();
		model.addAttribute("taskCount", tasks.size());
		model.addAttribute("tasks", tasks.subList(0, Math.min(tasks.size(), TASKS_SHOWN)));
		model.addAttribute("names", names(plan));
		model.addAttribute("groups", this.groups.groups(actor, id));
		model.addAttribute("distributions", Distribution.values());
		model.addAttribute("samplings", Sampling.values());
		if (report != null) {
			model.addAttribute("chartData",
					this.json.writeValueAsString(report.chartData(labels(locale), links, compared)));
		}
		return "planning/risk-analysis";
	}

	/**
	 * The progress bar of a running run, polled by the page; a run that ended reloads it.
	 */
	@GetMapping("/runs/{runId}/progress")
	String progress(@PathVariable long id, @PathVariable long runId, Model model, HttpServletResponse response) {
		RunView run = this.analyses.run(CurrentActor.require(), runId);
		if (run.projectId() != id) {
			throw new org.agilepmo.shared.NotFoundException("risk analysis", runId);
		}
		if (!"RUNNING".equals(run.status())) {
			response.setHeader("HX-Redirect", "/projects/" + id + "/plan/risk-analysis?run=" + runId);
		}
		model.addAttribute("projectId", id);
		model.addAttribute("shown", run);
		model.addAttribute("percent", Math.round(run.progress() * 100));
		model.addAttribute("mayEdit", this.plans.mayEdit(CurrentActor.require(), id));
		return "planning/risk-analysis-progress :: progress";
	}

	@PostMapping("/runs")
	String start(@PathVariable long id, @RequestParam(required = false) String iterations,
			@RequestParam(required = false) String seed, @RequestParam(required = false) String sampling,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		long[] started = { 0 };
		String back = this.pages.act(redirect, page(id), "planning.risk.started", () -> {
			Integer count = RiskAnalysisInput.whole("iterations", iterations);
			Long fixed = RiskAnalysisInput.blank(seed) ? null : RiskAnalysisInput.longValue("seed", seed);
			Sampling chosen = PlanInput.choice("sampling", sampling, Sampling.class);
			started[0] = this.analyses.start(actor, id, new Request(count, fixed, chosen)).id();
		});
		return (started[0] > 0) ? "redirect:" + page(id) + "?run=" + started[0] : back;
	}

	@PostMapping("/runs/{runId}/cancel")
	String cancel(@PathVariable long id, @PathVariable long runId, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, page(id) + "?run=" + runId, "planning.risk.cancelled",
				() -> this.analyses.cancel(actor, runId));
	}

	@PostMapping("/estimates/{activityId}")
	String estimate(@PathVariable long id, @PathVariable long activityId, @RequestParam long version,
			@RequestParam(required = false) String min, @RequestParam(required = false) String likely,
			@RequestParam(required = false) String max, @RequestParam(required = false) String distribution,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, page(id) + "#estimate-" + activityId, "planning.risk.estimateSaved", () -> {
			PlanView plan = this.plans.plan(actor, id);
			WorkingDays units = new WorkingDays(plan.minutesPerDay(), LocaleContextHolder.getLocale());
			boolean none = RiskAnalysisInput.blank(min) && RiskAnalysisInput.blank(likely)
					&& RiskAnalysisInput.blank(max);
			DurationEstimate estimate = none ? DurationEstimate.NONE
					: new DurationEstimate(RiskAnalysisInput.minutes(units, "durationMinMinutes", min),
							RiskAnalysisInput.minutes(units, "durationLikelyMinutes", likely),
							RiskAnalysisInput.minutes(units, "durationMaxMinutes", max),
							PlanInput.choice("distribution", distribution, Distribution.class));
			this.plans.editActivity(actor, id, activityId, version, new EstimateOnly(estimate));
		});
	}

	@PostMapping("/correlation-groups")
	String addGroup(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String coefficient, @RequestParam(required = false) List<Long> activityIds,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, page(id) + "#groups-heading", "planning.risk.groupSaved",
				() -> this.groups.create(actor, id, RiskAnalysisInput.draft(name, coefficient, activityIds)));
	}

	@PostMapping("/correlation-groups/{groupId}")
	String changeGroup(@PathVariable long id, @PathVariable long groupId, @RequestParam long version,
			@RequestParam(required = false) String name, @RequestParam(required = false) String coefficient,
			@RequestParam(required = false) List<Long> activityIds, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, page(id) + "#groups-heading", "planning.risk.groupSaved", () -> this.groups
			.change(actor, groupId, version, Change.to(RiskAnalysisInput.draft(name, coefficient, activityIds))));
	}

	@PostMapping("/correlation-groups/{groupId}/delete")
	String deleteGroup(@PathVariable long id, @PathVariable long groupId, @RequestParam long version,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, page(id) + "#groups-heading", "planning.risk.groupDeleted",
				() -> this.groups.delete(actor, groupId, version));
	}

	/** The P50 and P80 finish of a past run, when it has results. */
	record Headline(LocalDateTime p50, LocalDateTime p80) {
	}

	private static Map<Long, Headline> headlines(List<RunView> runs) {
		Map<Long, Headline> headlines = new HashMap<>();
		for (RunView r : runs) {
			if (r.results() != null) {
				headlines.put(r.id(), new Headline(RiskAnalysisReport.dateTime(r.results().get("p50")),
						RiskAnalysisReport.dateTime(r.results().get("p80"))));
			}
		}
		return headlines;
	}

	private static String page(long id) {
		return "/projects/" + id + "/plan/risk-analysis";
	}

	private Map<String, String> labels(Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : new String[] { "cumulative", "finish", "iterations", "deadline", "cost", "correlation",
				"cruciality", "thisRun", "otherRun" }) {
			labels.put(key, this.messages.getMessage("planning.risk.chart." + key, null, key, locale));
		}
		return labels;
	}

	private static Map<Long, String> names(PlanView plan) {
		Map<Long, String> names = new HashMap<>();
		for (ActivityView a : plan.activities()) {
			names.put(a.id(), a.name());
		}
		return names;
	}

	/**
	 * A change of the activity's three-point estimate only, as the page's row sends it.
	 */
	private record EstimateOnly(DurationEstimate estimate) implements Change<ActivityDraft>, EstimateChange {

		@Override
		public ActivityDraft applyTo(ActivityDraft current) {
			return current;
		}

		@Override
		public boolean changesEstimate() {
			return true;
		}

		@Override
		public DurationEstimate applyEstimate(DurationEstimate current) {
			return this.estimate;
		}

	}

}

package org.agilepmo.risk.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.agilepmo.risk.RiskActivityChoices;
import org.agilepmo.risk.RiskActivityChoices.ActivityChoice;
import org.agilepmo.risk.internal.RegisterScheduleRiskEvents;
import org.agilepmo.risk.internal.Risk;
import org.agilepmo.risk.internal.ScheduleImpactEdits;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.web.Pages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The schedule impact section of a risk's page: the plan activities it delays, the
 * probability that it happens, the delay (working days of eight hours, minimum / most
 * likely / maximum) and the cost it adds; the input of the plan's schedule risk analysis.
 */
@Controller
class ScheduleImpactPages {

	/** Working minutes in a day of the form's delays. */
	static final int MINUTES_PER_DAY = 480;

	private final ScheduleImpactEdits edits;

	private final RegisterScheduleRiskEvents impacts;

	private final ObjectProvider<RiskActivityChoices> choices;

	private final RiskPages riskPages;

	private final Pages pages;

	ScheduleImpactPages(ScheduleImpactEdits edits, RegisterScheduleRiskEvents impacts,
			ObjectProvider<RiskActivityChoices> choices, RiskPages riskPages, Pages pages) {
		this.edits = edits;
		this.impacts = impacts;
		this.choices = choices;
		this.riskPages = riskPages;
		this.pages = pages;
	}

	/** What the risk page shows of the impact, and what its form offers. */
	static void addTo(Model model, Actor actor, Risk risk, RegisterScheduleRiskEvents impacts,
			ObjectProvider<RiskActivityChoices> choices) {
		RiskActivityChoices source = choices.getIfAvailable();
		List<ActivityChoice> offered = (source != null && risk.projectId() != null) ? source.of(actor, risk.projectId())
				: List.of();
		List<Long> linked = ScheduleImpactEdits.activityIds(risk);
		// A portfolio's or programme's risk has no plan, so no schedule impact.
		model.addAttribute("scheduleImpact", (risk.projectId() != null) ? impacts.impact(actor, risk.id()) : null);
		model.addAttribute("impactActivities", offered);
		model.addAttribute("linkedActivities", offered.stream().filter(a -> linked.contains(a.id())).toList());
		model.addAttribute("linkedActivityIds", linked);
		model.addAttribute("impactDays", new Days());
	}

	@PostMapping("/risks/{id}/schedule-impact")
	String revise(@PathVariable long id, @RequestParam long riskVersion,
			@RequestParam(required = false) Long impactVersion, @RequestParam(required = false) List<Long> activityIds,
			@RequestParam(defaultValue = "") String probabilityPercent,
			@RequestParam(defaultValue = "") String delayMinDays,
			@RequestParam(defaultValue = "") String delayLikelyDays,
			@RequestParam(defaultValue = "") String delayMaxDays, @RequestParam(defaultValue = "") String costImpact,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.attempt(model, () -> {
			int percent = ScheduleImpactInput.whole("probabilityPercent", probabilityPercent);
			int min = ScheduleImpactInput.minutes("delayMinMinutes", delayMinDays);
			int likely = ScheduleImpactInput.minutes("delayLikelyMinutes", delayLikelyDays);
			int max = ScheduleImpactInput.minutes("delayMaxMinutes", delayMaxDays);
			BigDecimal cost = ScheduleImpactInput.decimal("costImpact", costImpact);
			this.edits.revise(actor, id, riskVersion, impactVersion, (activityIds != null) ? activityIds : List.of(),
					percent, min, likely, max, cost);
			this.pages.saved(redirect, "risk.saved.scheduleImpact");
			return "redirect:/risks/" + id + "#schedule-impact-heading";
		}, () -> this.riskPages.risk(id, model));
	}

	/** Working minutes shown as days of the form in the reader's format. */
	static final class Days {

		public String of(int minutes) {
			java.text.NumberFormat format = java.text.NumberFormat
				.getNumberInstance(org.springframework.context.i18n.LocaleContextHolder.getLocale());
			format.setMaximumFractionDigits(2);
			format.setGroupingUsed(false);
			return format.format(minutes / (double) MINUTES_PER_DAY);
		}

		/** The value an input gets: a plain decimal, as the form reads it back. */
		public String input(int minutes) {
			return BigDecimal.valueOf(minutes)
				.divide(BigDecimal.valueOf(MINUTES_PER_DAY), 2, RoundingMode.HALF_UP)
				.stripTrailingZeros()
				.toPlainString();
		}

	}

}

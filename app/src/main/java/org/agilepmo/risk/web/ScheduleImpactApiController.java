package org.agilepmo.risk.web;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.risk.internal.RegisterScheduleRiskEvents;
import org.agilepmo.risk.internal.RegisterScheduleRiskEvents.ScheduleImpactView;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a risk does to the schedule and the budget when it happens, the input of the
 * plan's schedule risk analysis: its probability in percent, the delay it adds to each
 * plan activity it is linked to and the cost it adds.
 */
@RestController
@Tag(name = "Risk register")
class ScheduleImpactApiController {

	private final RegisterScheduleRiskEvents impacts;

	ScheduleImpactApiController(RegisterScheduleRiskEvents impacts) {
		this.impacts = impacts;
	}

	@GetMapping("/api/v1/risks/{id}/schedule-impact")
	@Operation(summary = "The risk's schedule impact", description = "404 when it has none.")
	ResponseEntity<ScheduleImpactView> impact(@PathVariable long id) {
		ScheduleImpactView view = this.impacts.impact(CurrentActor.require(), id);
		if (view == null) {
			throw new NotFoundException("schedule impact", id);
		}
		return ETags.ok(view, view.version());
	}

	@PostMapping("/api/v1/risks/{id}/schedule-impact")
	@Operation(summary = "Give the risk a schedule impact",
			description = "probabilityPercent 0 to 100, delayMinMinutes ≤ delayLikelyMinutes ≤ delayMaxMinutes "
					+ "(working minutes), costImpact ≥ 0. Answers 201.")
	ResponseEntity<ScheduleImpactView> create(@PathVariable long id, @RequestBody ImpactInput input) {
		ScheduleImpactView view = this.impacts.revise(CurrentActor.require(), id, null, input.percent(), input.min(),
				input.likely(), input.max(), input.cost());
		return ETags.created("/api/v1/risks/" + id + "/schedule-impact", view, view.version());
	}

	@PutMapping("/api/v1/risks/{id}/schedule-impact")
	@Operation(summary = "Change the risk's schedule impact", description = "Needs If-Match.")
	ResponseEntity<ScheduleImpactView> change(@PathVariable long id, @RequestBody ImpactInput input,
			@IfMatch long version) {
		ScheduleImpactView view = this.impacts.revise(CurrentActor.require(), id, version, input.percent(), input.min(),
				input.likely(), input.max(), input.cost());
		return ETags.ok(view, view.version());
	}

	/** A schedule impact as sent; a missing number counts as zero. */
	record ImpactInput(Integer probabilityPercent, Integer delayMinMinutes, Integer delayLikelyMinutes,
			Integer delayMaxMinutes, BigDecimal costImpact) {

		int percent() {
			return (this.probabilityPercent != null) ? this.probabilityPercent : -1;
		}

		int min() {
			return (this.delayMinMinutes != null) ? this.delayMinMinutes : 0;
		}

		int likely() {
			return (this.delayLikelyMinutes != null) ? this.delayLikelyMinutes : min();
		}

		int max() {
			return (this.delayMaxMinutes != null) ? this.delayMaxMinutes : likely();
		}

		BigDecimal cost() {
			return (this.costImpact != null) ? this.costImpact : BigDecimal.ZERO;
		}

	}

}

package org.agilepmo.planning.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.agilepmo.planning.internal.ActivityView;
import org.agilepmo.planning.internal.PlanService;
import org.agilepmo.planning.internal.PlanView;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.SheetWriter;
import org.agilepmo.web.SheetDownloads;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's activities as XLSX or CSV, in WBS order with their schedule: durations and
 * total float in working days of the plan. Optionally only the critical activities or the
 * milestones, as the plan page filters them.
 */
@RestController
class ActivityExports {

	private final PlanService plans;

	ActivityExports(PlanService plans) {
		this.plans = plans;
	}

	@GetMapping({ "/api/v1/projects/{id}/plan/activities/export", "/projects/{id}/plan/activities/export" })
	@Operation(summary = "The plan's activities as XLSX or CSV",
			description = "format=xlsx (default) or csv; critical=true keeps the critical activities, "
					+ "milestones=true the milestones. Durations and float in working days.")
	ResponseEntity<byte[]> activities(@PathVariable long id, @RequestParam(required = false) String format,
			@RequestParam(defaultValue = "false") boolean critical,
			@RequestParam(defaultValue = "false") boolean milestones) {
		SheetWriter.Format file = SheetWriter.Format.of(format);
		PlanView plan = this.plans.plan(CurrentActor.require(), id);
		SheetWriter.Builder table = SheetWriter.table("Activities",
				List.of("WBS", "Name", "Kind", "Duration (days)", "Start", "Finish", "Actual start", "Actual finish",
						"Percent complete", "Total float (days)", "Critical", "Deadline"));
		for (ActivityView a : plan.activities()) {
			if ((critical && !a.critical()) || (milestones && !a.isMilestone())) {
				continue;
			}
			table.row(a.wbs(), a.name(), a.isMilestone() ? "MILESTONE" : a.kind().name(),
					days(a.durationMinutes(), plan.minutesPerDay()), a.start(), a.finish(), a.actualStart(),
					a.actualFinish(), a.percentComplete(), days(a.totalFloat(), plan.minutesPerDay()), a.critical(),
					a.deadline());
		}
		return SheetDownloads.of(file, plan.projectCode() + "-activities", table.build());
	}

	private static BigDecimal days(int minutes, int minutesPerDay) {
		return BigDecimal.valueOf(minutes)
			.divide(BigDecimal.valueOf(Math.max(1, minutesPerDay)), 2, RoundingMode.HALF_EVEN)
			.stripTrailingZeros();
	}

}

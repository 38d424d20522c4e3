package org.agilepmo.planning.web;

import java.time.LocalDateTime;

import org.agilepmo.engine.schedule.ProgressedActivities;
import org.agilepmo.engine.schedule.SchedulingRules;
import org.agilepmo.planning.internal.PlanService;
import org.agilepmo.planning.internal.PlanSettings;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.web.Pages;
import org.agilepmo.planning.internal.BaselineService;
import org.agilepmo.planning.internal.PlanImportService;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan page's settings (start, status date, the tool whose rules the schedule
 * follows), baselines, and the import of a schedule file.
 */
@Controller
@RequestMapping("/projects/{id}/plan")
class PlanSettingsPages {

	private final PlanService plans;

	private final Pages pages;

	private final BaselineService baselineService;

	private final PlanImportService imports;

	PlanSettingsPages(PlanService plans, Pages pages, BaselineService baselineService, PlanImportService imports) {
		this.imports = imports;
		this.baselineService = baselineService;
		this.plans = plans;
		this.pages = pages;
	}

	@PostMapping("/settings")
	String settings(@PathVariable long id, @RequestParam long planVersion,
			@RequestParam(required = false) String projectStart, @RequestParam(required = false) String statusDate,
			@RequestParam(required = false) String schedulingRules,
			@RequestParam(required = false) String progressedActivities, @RequestParam(required = false) String zoom,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, PlanPage.back(id, zoom), null, () -> {
			LocalDateTime start = PlanInput.dateTime("projectStart", projectStart);
			LocalDateTime status = PlanInput.optionalDateTime("statusDate", statusDate);
			SchedulingRules rules = PlanInput.choice("schedulingRules", schedulingRules, SchedulingRules.class);
			ProgressedActivities progressed = PlanInput.choice("progressedActivities", progressedActivities,
					ProgressedActivities.class);
			this.plans.changeSettings(actor, id, planVersion, current -> new PlanSettings(start, status,
					current.calendarId(), (rules != null) ? rules : current.schedulingRules(),
					(progressed != null) ? progressed : current.progressedActivities(), current.scheduledFinish()));
		});
	}

	@PostMapping("/baselines")
	String saveBaseline(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String zoom, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, PlanPage.back(id, zoom), null,
				() -> this.baselineService.saveBaseline(actor, id, name));
	}

	@PostMapping("/import")
	String importFile(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, PlanPage.back(id, null), null, () -> {
			if (!this.plans.mayEdit(actor, id)) {
				throw new org.springframework.security.access.AccessDeniedException("may not change the plan");
			}
			if (file == null || file.isEmpty()) {
				throw new RuleViolationException("file", "planning.import.empty", "the file is empty");
			}
			PlanImports.importInto(this.plans, this.imports, actor, id, file.getOriginalFilename(),
					PlanImports.upload(file));
			this.pages.saved(redirect, "planning.import.done", file.getOriginalFilename());
		});
	}

}

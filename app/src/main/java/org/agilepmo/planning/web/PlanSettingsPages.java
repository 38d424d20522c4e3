package org.agilepmo.planning.web;

import org.agilepmo.planning.internal.PlanService;
import org.agilepmo.planning.internal.PlanView;
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
 * The plan page's start and status date, baselines, and the import of a schedule file.
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
			@RequestParam(required = false) String zoom, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, PlanPage.back(id, zoom), null, () -> {
			PlanView plan = this.plans.plan(actor, id);
			this.plans.reschedule(actor, id, planVersion, PlanInput.dateTime("projectStart", projectStart),
					PlanInput.optionalDateTime("statusDate", statusDate), plan.calendarId());
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

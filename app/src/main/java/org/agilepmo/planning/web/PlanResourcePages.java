package org.agilepmo.planning.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.planning.PlanResources.Assignment;
import org.agilepmo.planning.PlanResources.Resource;
import org.agilepmo.planning.PlanResources.ResourceType;
import org.agilepmo.planning.PlanResources.Staffing;
import org.agilepmo.planning.internal.ActivityView;
import org.agilepmo.planning.internal.AssignmentDraft;
import org.agilepmo.planning.internal.PlanExport;
import org.agilepmo.planning.internal.PlanResourceService;
import org.agilepmo.planning.internal.PlanService;
import org.agilepmo.planning.internal.PlanView;
import org.agilepmo.planning.internal.ResourceDraft;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.web.Pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan's resources view: its resources with their max units as a percentage and what
 * each is assigned to, with forms to add a resource, assign one to an activity and remove
 * an assignment. Each form comes back to this page.
 */
@Controller
@RequestMapping("/projects/{id}/plan")
class PlanResourcePages {

	/** Assignments shown on the page; the API lists them all. */
	static final int ASSIGNMENT_ROWS = 500;

	/** Activities offered in the form (the first ones in WBS order). */
	static final int ACTIVITY_CHOICES = 1000;

	private final PlanExport reading;

	private final PlanService plans;

	private final PlanResourceService staffing;

	private final Pages pages;

	PlanResourcePages(PlanExport reading, PlanService plans, PlanResourceService staffing, Pages pages) {
		this.reading = reading;
		this.plans = plans;
		this.staffing = staffing;
		this.pages = pages;
	}

	@GetMapping("/resources")
	String resources(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		PlanExport.Exported exported = this.reading.read(actor, id);
		PlanView plan = exported.plan();
		Staffing staffing = exported.staffing();
		Map<Long, ActivityView> activities = plan.activitiesById();
		Map<Long, Resource> resources = new HashMap<>();
		Map<Long, Integer> counts = new HashMap<>();
		for (Resource r : staffing.resources()) {
			resources.put(r.id(), r);
		}
		for (Assignment a : staffing.assignments()) {
			counts.merge(a.resourceId(), 1, Integer::sum);
		}
		List<ResourceRow> resourceRows = staffing.resources()
			.stream()
			.map(r -> new ResourceRow(r.externalId(), r.name(), r.type(), percent(r.maxUnits()),
					counts.getOrDefault(r.id(), 0)))
			.toList();
		List<AssignmentRow> assignmentRows = new ArrayList<>();
		for (Assignment a : staffing.assignments()) {
			if (assignmentRows.size() == ASSIGNMENT_ROWS) {
				break;
			}
			ActivityView activity = activities.get(a.activityId());
			Resource resource = resources.get(a.resourceId());
			assignmentRows.add(new AssignmentRow(a.id(), a.version(),
					(activity != null) ? activity.wbs() + " " + activity.name() : String.valueOf(a.activityId()),
					(resource != null) ? resource.name() : String.valueOf(a.resourceId()), percent(a.units()),
					(a.workMinutes() != null) ? BigDecimal.valueOf(a.workMinutes())
						.divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP) : null));
		}
		model.addAttribute("plan", plan);
		model.addAttribute("mayEdit", this.plans.mayEdit(actor, id));
		model.addAttribute("resourceRows", resourceRows);
		model.addAttribute("resources", staffing.resources());
		model.addAttribute("assignmentRows", assignmentRows);
		model.addAttribute("assignmentCount", staffing.assignments().size());
		model.addAttribute("assignable",
				plan.activities().stream().filter(a -> !a.isSummary()).limit(ACTIVITY_CHOICES).toList());
		model.addAttribute("types", ResourceType.values());
		return "planning/resources";
	}

	@PostMapping("/resources")
	String addResource(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) ResourceType type, @RequestParam(required = false) String maxUnitsPercent,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, back(id), "planning.resources.added",
				() -> this.staffing.addResource(actor, id,
						new ResourceDraft(null, name, (type != null) ? type : ResourceType.WORK,
								PlanInput.unitsFromPercent("maxUnitsPercent", maxUnitsPercent), null, null)));
	}

	@PostMapping("/assignments")
	String addAssignment(@PathVariable long id, @RequestParam(required = false) Long activityId,
			@RequestParam(required = false) Long resourceId, @RequestParam(required = false) String unitsPercent,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, back(id), "planning.assignments.added",
				() -> this.staffing.addAssignment(actor, id, new AssignmentDraft(activityId, resourceId,
						PlanInput.unitsFromPercent("unitsPercent", unitsPercent), null, null, null)));
	}

	@PostMapping("/assignments/{assignmentId}/delete")
	String deleteAssignment(@PathVariable long id, @PathVariable long assignmentId, @RequestParam long version,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, back(id), "planning.assignments.removed",
				() -> this.staffing.deleteAssignment(actor, id, assignmentId, version));
	}

	private static String back(long id) {
		return "/projects/" + id + "/plan/resources";
	}

	private static BigDecimal percent(BigDecimal units) {
		return (units != null) ? units.movePointRight(2).stripTrailingZeros() : null;
	}

	/** A resource as the page lists it. */
	record ResourceRow(String externalId, String name, ResourceType type, BigDecimal maxUnitsPercent, int assignments) {
	}

	/** An assignment as the page lists it, with the work in hours. */
	record AssignmentRow(long id, long version, String activity, String resource, BigDecimal unitsPercent,
			BigDecimal workHours) {
	}

}

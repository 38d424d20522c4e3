package org.agilepmo.governance.web;

import org.agilepmo.governance.internal.GateService;
import org.agilepmo.governance.internal.SignOffRole;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.Stage;
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
 * A project's stage gates: each gate's items with their evidence and sign-offs, the
 * go-live readiness checklist, signing off and (for the PMO) waiving.
 */
@Controller
class GatePages {

	private final GateService gates;

	private final Pages pages;

	private final People people;

	GatePages(GateService gates, Pages pages, People people) {
		this.gates = gates;
		this.pages = pages;
		this.people = people;
	}

	@GetMapping("/projects/{id}/gates")
	String gates(@PathVariable long id, Model model) {
		var actor = CurrentActor.require();
		model.addAttribute("project", this.gates.project(actor, id));
		model.addAttribute("gates", this.gates.gatesOf(actor, id));
		model.addAttribute("mayGovern", this.gates.mayGovern(actor, id));
		model.addAttribute("signatories", this.gates.signatories(actor, id));
		model.addAttribute("mayName", actor.isPortfolioWide());
		if (actor.isPortfolioWide()) {
			model.addAttribute("namedRoles",
					java.util.Arrays.stream(SignOffRole.values()).filter(r -> r != SignOffRole.PMO_OFFICER).toList());
			model.addAttribute("people",
					this.people.listEnabled()
						.stream()
						.sorted(java.util.Comparator.comparing(PersonSummary::displayName))
						.toList());
		}
		return "governance/gates";
	}

	@PostMapping("/projects/{id}/gates/signatories")
	String nameSignatory(@PathVariable long id, @RequestParam(required = false) SignOffRole role,
			@RequestParam(required = false) Long personId, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "governance.saved.signatoryNamed",
				() -> this.gates.nameSignatory(CurrentActor.require(), id, role, personId));
	}

	@PostMapping("/projects/{id}/gates/signatories/{role}/{personId}/delete")
	String removeSignatory(@PathVariable long id, @PathVariable SignOffRole role, @PathVariable long personId,
			Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "governance.saved.signatoryRemoved",
				() -> this.gates.removeSignatory(CurrentActor.require(), id, role, personId));
	}

	@PostMapping("/projects/{id}/gates")
	String govern(@PathVariable long id, RedirectAttributes redirect) {
		this.gates.govern(CurrentActor.require(), id);
		this.pages.saved(redirect, "governance.saved.governed");
		return "redirect:/projects/" + id + "/gates";
	}

	@PostMapping("/projects/{id}/gates/{stage}/items/{code}/sign-off")
	String signOff(@PathVariable long id, @PathVariable Stage stage, @PathVariable String code,
			@RequestParam long version, @RequestParam(required = false) String evidenceUrl,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "governance.saved.signedOff",
				() -> this.gates.signOff(CurrentActor.require(), id, stage, version, code, evidenceUrl, note));
	}

	@PostMapping("/projects/{id}/gates/{stage}/items/{code}/waiver")
	String waive(@PathVariable long id, @PathVariable Stage stage, @PathVariable String code,
			@RequestParam long version, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect) {
		return act(id, model, redirect, "governance.saved.waived",
				() -> this.gates.waive(CurrentActor.require(), id, stage, version, code, reason));
	}

	@PostMapping("/projects/{id}/gates/{stage}/waiver")
	String waiveGate(@PathVariable long id, @PathVariable Stage stage, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "governance.saved.gateWaived",
				() -> this.gates.waiveGate(CurrentActor.require(), id, stage, version, reason));
	}

	@PostMapping("/projects/{id}/gates/{stage}/items/{code}/reopen")
	String reopen(@PathVariable long id, @PathVariable Stage stage, @PathVariable String code,
			@RequestParam long version, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "governance.saved.reopened",
				() -> this.gates.reopen(CurrentActor.require(), id, stage, version, code));
	}

	/** A change on the gates page: back to it, saying it was saved, or why not. */
	private String act(long id, Model model, RedirectAttributes redirect, String saved, Runnable action) {
		return this.pages.attempt(model, () -> {
			action.run();
			this.pages.saved(redirect, saved);
			return "redirect:/projects/" + id + "/gates";
		}, () -> gates(id, model));
	}

}

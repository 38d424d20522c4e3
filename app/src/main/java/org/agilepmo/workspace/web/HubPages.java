package org.agilepmo.workspace.web;

import java.util.List;

import org.agilepmo.risk.ProjectRisks;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.workspace.internal.Hubs;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The hubs of a project, a programme and a portfolio: where it sits, its sections as tabs
 * (each one a panel of the hub or the module's own page), and what changed lately.
 */
@Controller
class HubPages {

	/** The project hub's tabs, in order; the plan and delivery tabs open their pages. */
	static final List<String> PROJECT_TABS = List.of("overview", "plan", "gates", "delivery", "risks", "budget",
			"reports", "team", "documents", "activity");

	/** How many of the project's top risks its risks tab lists. */
	static final int TOP_RISKS = 5;

	private final Hubs hubs;

	private final ProjectRisks risks;

	HubPages(Hubs hubs, ProjectRisks risks) {
		this.hubs = hubs;
		this.risks = risks;
	}

	@GetMapping("/projects/{id}/hub")
	String project(@PathVariable long id, @RequestParam(defaultValue = "overview") String tab, Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("hub", this.hubs.project(actor, id));
		model.addAttribute("tabs", PROJECT_TABS);
		String shown = PROJECT_TABS.contains(tab) ? tab : "overview";
		model.addAttribute("tab", shown);
		if ("risks".equals(shown)) {
			model.addAttribute("topRisks", this.risks.topOpenRisks(id, actor, TOP_RISKS));
			model.addAttribute("openRisks", this.risks.openRisks(id, actor));
		}
		return "workspace/project-hub";
	}

	@GetMapping("/portfolios/{id}/hub")
	String portfolio(@PathVariable long id, Model model) {
		model.addAttribute("hub", this.hubs.portfolio(CurrentActor.require(), id));
		model.addAttribute("kind", "portfolio");
		return "workspace/group-hub";
	}

	@GetMapping("/programmes/{id}/hub")
	String programme(@PathVariable long id, Model model) {
		model.addAttribute("hub", this.hubs.programme(CurrentActor.require(), id));
		model.addAttribute("kind", "programme");
		return "workspace/group-hub";
	}

}

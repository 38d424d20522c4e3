package org.agilepmo.governance.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.agilepmo.governance.internal.PortfolioDashboard;
import org.agilepmo.governance.internal.Roadmap;
import org.agilepmo.intake.IntakeEstimates;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.shared.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The roadmap and the portfolio dashboard, each with a table alternative. */
@Controller
class ViewPages {

	private final ProjectCatalogue catalogue;

	private final IntakeEstimates estimates;

	ViewPages(ProjectCatalogue catalogue, IntakeEstimates estimates) {
		this.catalogue = catalogue;
		this.estimates = estimates;
	}

	@GetMapping("/roadmap")
	String roadmap(Model model) {
		model.addAttribute("roadmap", Roadmap.of(this.catalogue.listVisible(CurrentActor.require())));
		return "governance/roadmap";
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) Long portfolio, Model model) {
		List<ProjectOverview> visible = this.catalogue.listVisible(CurrentActor.require());
		Map<Long, String> portfolios = new TreeMap<>();
		visible.forEach(p -> portfolios.put(p.portfolioId(), p.portfolioName()));
		List<ProjectOverview> projects = visible.stream()
			.filter(p -> portfolio == null || p.portfolioId() == portfolio)
			.toList();
		model.addAttribute("portfolios", portfolios);
		model.addAttribute("portfolio", portfolio);
		PortfolioDashboard dashboard = PortfolioDashboard.of(projects,
				this.estimates.forProjects(projects.stream().map(ProjectOverview::id).collect(Collectors.toSet())));
		model.addAttribute("dashboard", dashboard);
		return "governance/dashboard";
	}

}

package org.agilepmo.web;

import java.util.List;

import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectDraft;
import org.agilepmo.shared.Classification;
import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;
import org.agilepmo.web.AccessMatrix.Scene;

import static org.agilepmo.web.AccessMatrix.project;
import static org.agilepmo.web.AccessMatrix.signedIn;

/**
 * The workspace in the access matrix: the home page and the search for everyone (each hit
 * filtered by its module's rule), the hubs by the visibility of their project, programme
 * or portfolio.
 */
final class WorkspaceAccessEntries {

	static final List<Entry> ENTRIES = List.of(signedIn("GET", "/search", s -> Sample.of("/search?q=matrix")),
			signedIn("GET", "/api/v1/search", s -> Sample.of("/api/v1/search?q=matrix")),
			project("GET", "/projects/{id}/hub", s -> Sample.of("/projects/" + s.projectId() + "/hub")),
			project("GET", "/portfolios/{id}/hub", s -> Sample.of("/portfolios/" + s.portfolioId() + "/hub")),
			project("GET", "/programmes/{id}/hub",
					s -> Sample.of("/programmes/" + programmeWithTheManagersProject(s) + "/hub")));

	private WorkspaceAccessEntries() {
	}

	/**
	 * The scene's programme, with a project of the scene's project manager in it: a
	 * programme's hub is open to those who see one of its projects (or the programme
	 * itself, when the portfolio's directory shows it).
	 */
	private static long programmeWithTheManagersProject(Scene s) {
		PortfolioScene scene = s.bean(PortfolioFixtures.class).scene();
		scene.project(s.portfolioId(), Classification.PUBLIC, d -> PortfolioScene.withManager(
				new ProjectDraft(d.code(), d.name(), d.description(), d.type(), d.methodology(), d.classification(),
						d.portfolioId(), s.programmeId(), d.sponsorId(), d.businessOwnerId(), d.projectManagerId(),
						d.squadIds(), d.plannedStart(), d.plannedFinish(), d.health(), d.healthReason(), d.tags()),
				s.projectManager().id()));
		return s.programmeId();
	}

}

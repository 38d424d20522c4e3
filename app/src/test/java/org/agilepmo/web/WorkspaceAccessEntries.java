package org.agilepmo.web;

import java.util.List;

import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;

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
			project("GET", "/programmes/{id}/hub", s -> Sample.of("/programmes/" + s.programmeId() + "/hub")));

	private WorkspaceAccessEntries() {
	}

}

package org.agilepmo.web;

import java.util.List;

import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;

import static org.agilepmo.web.AccessMatrix.PMO;
import static org.agilepmo.web.AccessMatrix.project;
import static org.agilepmo.web.AccessMatrix.role;
import static org.agilepmo.web.AccessMatrix.signedIn;

/**
 * Dashboards and list exports in the access matrix. The dashboards page and the portfolio
 * dashboard are everyone's (counting what each may see); a programme's and a project's
 * dashboard follow their rule (404 to those who may not see them); a tribe's dashboard is
 * its members' and the PMO's, as its squads' delivery work. The list exports follow their
 * lists: projects, portfolios and programmes for everyone (filtered), a plan's activities
 * by the project's rule, a squad's backlog as the backlog.
 */
final class DashboardsAccessEntries {

	static final List<Entry> ENTRIES = List.of(signedIn("GET", "/dashboards", s -> Sample.of("/dashboards")),
			signedIn("GET", "/dashboards/portfolio", s -> Sample.of("/dashboards/portfolio")),
			signedIn("GET", "/dashboards/portfolio/{chart}.csv", s -> Sample.of("/dashboards/portfolio/by-stage.csv")),
			project("GET", "/dashboards/portfolio/{id}.pdf",
					s -> Sample.of("/dashboards/portfolio/" + s.portfolioId() + ".pdf")),
			project("GET", "/dashboards/programmes/{id}", s -> Sample.of("/dashboards/programmes/" + s.programmeId())),
			project("GET", "/dashboards/programmes/{id}/{chart}.csv",
					s -> Sample.of("/dashboards/programmes/" + s.programmeId() + "/by-health.csv")),
			project("GET", "/dashboards/projects/{id}", s -> Sample.of("/dashboards/projects/" + s.projectId())),
			project("GET", "/dashboards/projects/{id}/{chart}.csv",
					s -> Sample.of("/dashboards/projects/" + s.projectId() + "/delivery.csv")),
			role("GET", "/dashboards/tribes/{id}",
					s -> Sample.of("/dashboards/tribes/" + DeliveryMatrixObjects.of(s).tribeId()), PMO),
			role("GET", "/dashboards/tribes/{id}/{chart}.csv",
					s -> Sample.of("/dashboards/tribes/" + DeliveryMatrixObjects.of(s).tribeId() + "/velocity.csv"),
					PMO),
			// List exports
			signedIn("GET", "/api/v1/projects/export", s -> Sample.of("/api/v1/projects/export?format=csv")),
			signedIn("GET", "/projects/export", s -> Sample.of("/projects/export?format=xlsx")),
			signedIn("GET", "/api/v1/portfolios/export", s -> Sample.of("/api/v1/portfolios/export?format=csv")),
			signedIn("GET", "/portfolios/export", s -> Sample.of("/portfolios/export")),
			signedIn("GET", "/api/v1/programmes/export", s -> Sample.of("/api/v1/programmes/export?format=csv")),
			signedIn("GET", "/programmes/export", s -> Sample.of("/programmes/export")),
			project("GET", "/api/v1/projects/{id}/plan/activities/export",
					s -> Sample.of("/api/v1/projects/" + s.projectId() + "/plan/activities/export?format=csv")),
			project("GET", "/projects/{id}/plan/activities/export",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/activities/export")),
			role("GET", "/api/v1/squads/{squadId}/backlog-items/export",
					s -> Sample.of("/api/v1/squads/" + DeliveryMatrixObjects.of(s).squadId()
							+ "/backlog-items/export?format=csv"),
					PMO),
			role("GET", "/delivery/squads/{squadId}/backlog/export",
					s -> Sample.of("/delivery/squads/" + DeliveryMatrixObjects.of(s).squadId() + "/backlog/export"),
					PMO));

	private DashboardsAccessEntries() {
	}

}

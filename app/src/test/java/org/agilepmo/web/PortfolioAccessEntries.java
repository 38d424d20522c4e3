package org.agilepmo.web;

import java.util.List;
import java.util.Map;

import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;

import static org.agilepmo.web.AccessMatrix.PMO;
import static org.agilepmo.web.AccessMatrix.project;
import static org.agilepmo.web.AccessMatrix.role;
import static org.agilepmo.web.AccessMatrix.signedIn;

/** Portfolios, programmes and projects in the access matrix. */
final class PortfolioAccessEntries {

	static final List<Entry> ENTRIES = List.of(
			// Portfolios: lists for everyone (filtered), the rest by visibility or the
			// PMO
			signedIn("GET", "/portfolios", s -> Sample.of("/portfolios")),
			signedIn("GET", "/api/v1/portfolios", s -> Sample.of("/api/v1/portfolios")),
			project("GET", "/portfolios/{id}", s -> Sample.of("/portfolios/" + s.portfolioId())),
			project("GET", "/api/v1/portfolios/{id}", s -> Sample.of("/api/v1/portfolios/" + s.portfolioId())),
			project("GET", "/api/v1/portfolios/{id}/members",
					s -> Sample.of("/api/v1/portfolios/" + s.portfolioId() + "/members")),
			role("GET", "/portfolios/new", s -> Sample.of("/portfolios/new"), PMO),
			role("POST", "/portfolios",
					s -> Sample.of("/portfolios").form(Map.of("code", s.newCode(), "name", "Matrix portfolio")), PMO),
			role("POST", "/api/v1/portfolios",
					s -> Sample.of("/api/v1/portfolios")
						.json("{\"code\":\"" + s.newCode() + "\",\"name\":\"Matrix portfolio\"}"),
					PMO),
			role("GET", "/portfolios/{id}/edit", s -> Sample.of("/portfolios/" + s.portfolioId() + "/edit"), PMO),
			role("POST", "/portfolios/{id}/edit",
					s -> Sample.of("/portfolios/" + s.portfolioId() + "/edit")
						.form(Map.of("code", s.portfolioCode(), "name", "Renamed portfolio", "version",
								String.valueOf(s.portfolioVersion()))),
					PMO),
			role("PATCH", "/api/v1/portfolios/{id}",
					s -> Sample.of("/api/v1/portfolios/" + s.portfolioId())
						.json("{\"name\":\"Renamed by API\"}")
						.ifMatch(s.portfolioVersion()),
					PMO),
			role("POST", "/portfolios/{id}/members",
					s -> Sample.of("/portfolios/" + s.portfolioId() + "/members")
						.form(Map.of("personId", String.valueOf(s.target().id()), "role", "PORTFOLIO_VIEWER", "version",
								String.valueOf(s.portfolioVersion()))),
					PMO),
			role("POST", "/portfolios/{id}/members/{personId}/remove",
					s -> Sample.of("/portfolios/" + s.portfolioId() + "/members/" + s.target().id() + "/remove")
						.form(Map.of("version", String.valueOf(s.portfolioVersion()))),
					PMO),
			role("PUT", "/api/v1/portfolios/{id}/members/{personId}",
					s -> Sample.of("/api/v1/portfolios/" + s.portfolioId() + "/members/" + s.target().id())
						.json("{\"role\":\"PORTFOLIO_VIEWER\"}")
						.ifMatch(s.portfolioVersion()),
					PMO),
			role("DELETE", "/api/v1/portfolios/{id}/members/{personId}",
					s -> Sample.of("/api/v1/portfolios/" + s.portfolioId() + "/members/" + s.target().id())
						.ifMatch(s.portfolioVersion()),
					PMO),
			// Programmes
			signedIn("GET", "/api/v1/programmes", s -> Sample.of("/api/v1/programmes")),
			project("GET", "/programmes/{id}", s -> Sample.of("/programmes/" + s.programmeId())),
			project("GET", "/api/v1/programmes/{id}", s -> Sample.of("/api/v1/programmes/" + s.programmeId())),
			role("GET", "/programmes/new", s -> Sample.of("/programmes/new?portfolio=" + s.portfolioId()), PMO),
			role("POST", "/programmes",
					s -> Sample.of("/programmes")
						.form(Map.of("portfolioId", String.valueOf(s.portfolioId()), "code", s.newCode(), "name",
								"Matrix programme")),
					PMO),
			role("POST", "/api/v1/programmes",
					s -> Sample.of("/api/v1/programmes")
						.json("{\"portfolioId\":" + s.portfolioId() + ",\"code\":\"" + s.newCode()
								+ "\",\"name\":\"Matrix programme\"}"),
					PMO),
			role("GET", "/programmes/{id}/edit", s -> Sample.of("/programmes/" + s.programmeId() + "/edit"), PMO),
			role("POST", "/programmes/{id}/edit",
					s -> Sample.of("/programmes/" + s.programmeId() + "/edit")
						.form(Map.of("portfolioId", String.valueOf(s.portfolioId()), "code", s.programmeCode(), "name",
								"Renamed programme", "version", String.valueOf(s.programmeVersion()))),
					PMO),
			role("PATCH", "/api/v1/programmes/{id}",
					s -> Sample.of("/api/v1/programmes/" + s.programmeId())
						.json("{\"name\":\"Renamed by API\"}")
						.ifMatch(s.programmeVersion()),
					PMO),
			// Projects: lists and searches for everyone (filtered); creation by the PMO;
			// the rest per project
			signedIn("GET", "/projects", s -> Sample.of("/projects")),
			signedIn("GET", "/api/v1/projects", s -> Sample.of("/api/v1/projects")),
			project("GET", "/projects/programme-options",
					s -> Sample.of("/projects/programme-options?portfolioId=" + s.portfolioId())),
			role("GET", "/projects/new", s -> Sample.of("/projects/new"), PMO),
			role("POST", "/projects", s -> Sample.of("/projects")
				.form(Map.of("code", s.newCode(), "name", "Matrix project", "type", "ICT", "methodology", "SCRUM",
						"classification", "PUBLIC", "portfolioId", String.valueOf(s.portfolioId()), "health", "GREEN")),
					PMO),
			role("POST", "/api/v1/projects",
					s -> Sample.of("/api/v1/projects")
						.json("{\"code\":\"" + s.newCode() + "\",\"name\":\"Matrix\",\"type\":\"ICT\","
								+ "\"classification\":\"PUBLIC\",\"portfolioId\":" + s.portfolioId() + "}"),
					PMO),
			project("GET", "/projects/{id}", s -> Sample.of("/projects/" + s.projectId())),
			project("GET", "/api/v1/projects/{id}", s -> Sample.of("/api/v1/projects/" + s.projectId())),
			project("GET", "/api/v1/projects/{id}/stage-history",
					s -> Sample.of("/api/v1/projects/" + s.projectId() + "/stage-history")),
			project("GET", "/api/v1/projects/{id}/members",
					s -> Sample.of("/api/v1/projects/" + s.projectId() + "/members")),
			project("GET", "/projects/{id}/edit", s -> Sample.of("/projects/" + s.projectId() + "/edit")),
			project("POST", "/projects/{id}/edit", s -> Sample.of("/projects/" + s.projectId() + "/edit")
				.form(Map.of("code", s.projectCode(), "name", "Renamed project", "type", "ICT", "methodology", "SCRUM",
						"classification", s.projectClassification(), "portfolioId", String.valueOf(s.portfolioId()),
						"projectManagerId", String.valueOf(s.projectManager().id()), "health", "GREEN", "version",
						String.valueOf(s.projectVersion())))),
			project("PATCH", "/api/v1/projects/{id}",
					s -> Sample.of("/api/v1/projects/" + s.projectId())
						.json("{\"name\":\"Renamed by API\"}")
						.ifMatch(s.projectVersion())),
			project("POST", "/projects/{id}/stage",
					s -> Sample.of("/projects/" + s.projectId() + "/stage")
						.form(Map.of("stage", "ON_HOLD", "reason", "Matrix", "version",
								String.valueOf(s.projectVersion())))),
			project("POST", "/api/v1/projects/{id}/stage",
					s -> Sample.of("/api/v1/projects/" + s.projectId() + "/stage")
						.json("{\"stage\":\"CONCEPT\",\"reason\":\"Resumed\"}")
						.ifMatch(s.projectVersion())),
			project("POST", "/api/v1/projects/{id}/health",
					s -> Sample.of("/api/v1/projects/" + s.projectId() + "/health")
						.json("{\"health\":\"AMBER\",\"reason\":\"Matrix\"}")
						.ifMatch(s.projectVersion())),
			project("POST", "/projects/{id}/members",
					s -> Sample.of("/projects/" + s.projectId() + "/members")
						.form(Map.of("personId", String.valueOf(s.target().id()), "role", "VIEWER", "version",
								String.valueOf(s.projectVersion())))),
			project("POST", "/projects/{id}/members/{personId}/remove",
					s -> Sample.of("/projects/" + s.projectId() + "/members/" + s.target().id() + "/remove")
						.form(Map.of("role", "VIEWER", "version", String.valueOf(s.projectVersion())))),
			project("PUT", "/api/v1/projects/{id}/members/{personId}",
					s -> Sample.of("/api/v1/projects/" + s.projectId() + "/members/" + s.target().id())
						.json("{\"role\":\"VIEWER\"}")
						.ifMatch(s.projectVersion())),
			project("DELETE", "/api/v1/projects/{id}/members/{personId}",
					s -> Sample.of("/api/v1/projects/" + s.projectId() + "/members/" + s.target().id())
						.ifMatch(s.projectVersion())));

	private PortfolioAccessEntries() {
	}

}

package org.agilepmo.web;

import java.util.List;
import java.util.Map;

import org.agilepmo.governance.GovernanceFixtures;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;
import org.agilepmo.web.AccessMatrix.Scene;

import static org.agilepmo.web.AccessMatrix.PMO;
import static org.agilepmo.web.AccessMatrix.project;
import static org.agilepmo.web.AccessMatrix.role;
import static org.agilepmo.web.AccessMatrix.signedIn;

/**
 * Stage gates, the roadmap and the dashboard in the access matrix. Gates follow the
 * project's rule; waiving and reopening take the PMO; the views are open to everyone and
 * filtered; templates are read by everyone and changed by the PMO.
 */
final class GovernanceAccessEntries {

	static final List<Entry> ENTRIES = List.of(signedIn("GET", "/roadmap", s -> Sample.of("/roadmap")),
			signedIn("GET", "/dashboard", s -> Sample.of("/dashboard")),
			project("GET", "/projects/{id}/gates", s -> Sample.of("/projects/" + s.projectId() + "/gates")),
			project("POST", "/projects/{id}/gates", s -> Sample.of("/projects/" + s.projectId() + "/gates")),
			// The project manager's item: whoever may change the project signs it (the
			// sponsor's and other named roles' items need a named signatory).
			project("POST", "/projects/{id}/gates/{stage}/items/{code}/sign-off",
					s -> Sample.of("/projects/" + s.projectId() + "/gates/EXECUTION/items/PROJECT_PLAN/sign-off")
						.form(Map.of("version", String.valueOf(executionVersion(s)), "evidenceUrl",
								"https://docs.example.org/plan"))),
			role("POST", "/projects/{id}/gates/signatories",
					s -> Sample.of("/projects/" + s.projectId() + "/gates/signatories")
						.form(Map.of("role", "SECURITY_OFFICER", "personId",
								String.valueOf(s.holderOf(GlobalRole.PMO_OFFICER).id()))),
					PMO),
			role("POST", "/projects/{id}/gates/signatories/{role}/{personId}/delete",
					s -> Sample.of("/projects/" + s.projectId() + "/gates/signatories/OPERATIONS/"
							+ named(s, "OPERATIONS") + "/delete"),
					PMO),
			project("GET", "/api/v1/projects/{id}/gate-signatories",
					s -> Sample.of("/api/v1/projects/" + s.projectId() + "/gate-signatories")),
			role("POST", "/api/v1/projects/{id}/gate-signatories",
					s -> Sample.of("/api/v1/projects/" + s.projectId() + "/gate-signatories")
						.json("{\"role\":\"QUALITY_ASSURANCE\",\"personId\":" + s.holderOf(GlobalRole.PMO_OFFICER).id()
								+ "}"),
					PMO),
			role("DELETE", "/api/v1/projects/{id}/gate-signatories/{role}/{personId}",
					s -> Sample.of("/api/v1/projects/" + s.projectId() + "/gate-signatories/SERVICE_DESK/"
							+ named(s, "SERVICE_DESK")),
					PMO),
			role("POST", "/projects/{id}/gates/{stage}/items/{code}/waiver",
					s -> Sample.of(item(s, "BUSINESS_CASE") + "/waiver")
						.form(Map.of("version", version(s), "reason", "Matrix waiver")),
					PMO),
			role("POST", "/projects/{id}/gates/{stage}/waiver",
					s -> Sample.of("/projects/" + s.projectId() + "/gates/CLOSED/waiver")
						.form(Map.of("version", String.valueOf(closedVersion(s)), "reason", "Matrix gate waiver")),
					PMO),
			role("POST", "/api/v1/projects/{id}/gates/{stage}/waiver",
					s -> Sample.of("/api/v1/projects/" + s.projectId() + "/gates/GO_LIVE/waiver")
						.json("{\"reason\":\"Matrix gate waiver\"}")
						.ifMatch(goLiveVersion(s)),
					PMO),
			role("POST", "/projects/{id}/gates/{stage}/items/{code}/reopen",
					s -> Sample.of(item(s, "PROJECT_CHARTER") + "/reopen").form(Map.of("version", version(s))), PMO),
			project("GET", "/api/v1/projects/{id}/gates",
					s -> Sample.of("/api/v1/projects/" + s.projectId() + "/gates")),
			project("POST", "/api/v1/projects/{id}/gates",
					s -> Sample.of("/api/v1/projects/" + s.projectId() + "/gates")),
			project("GET", "/api/v1/projects/{id}/gates/{stage}", s -> {
				version(s);
				return Sample.of("/api/v1/projects/" + s.projectId() + "/gates/SCOPING");
			}),
			project("POST", "/api/v1/projects/{id}/gates/{stage}/items/{code}/sign-off",
					s -> Sample.of("/api/v1" + planningItem(s, "SCOPE_STATEMENT") + "/sign-off")
						.json("{\"evidenceUrl\":\"https://docs.example.org/charter\"}")
						.ifMatch(planningVersion(s))),
			role("POST", "/api/v1/projects/{id}/gates/{stage}/items/{code}/waiver",
					s -> Sample.of("/api/v1" + planningItem(s, "ARCHITECTURE_APPROVAL") + "/waiver")
						.json("{\"reason\":\"Matrix waiver\"}")
						.ifMatch(planningVersion(s)),
					PMO),
			role("POST", "/api/v1/projects/{id}/gates/{stage}/items/{code}/reopen",
					s -> Sample.of("/api/v1" + planningItem(s, "SCOPE_STATEMENT") + "/reopen")
						.ifMatch(planningVersion(s)),
					PMO),
			signedIn("GET", "/api/v1/gate-templates", s -> Sample.of("/api/v1/gate-templates")),
			signedIn("GET", "/governance/gate-templates", s -> Sample.of("/governance/gate-templates")),
			role("POST", "/governance/gate-templates/{stage}/items",
					s -> Sample.of("/governance/gate-templates/PLANNING/items")
						.form(Map.of("version", String.valueOf(governance(s).templateVersion(Stage.PLANNING)), "code",
								s.newCode().replace('-', '_'), "title", "Matrix item", "kind", "CRITERION",
								"signOffRole", "PMO_OFFICER")),
					PMO),
			role("POST", "/governance/gate-templates/{stage}/items/{code}/remove",
					s -> Sample.of("/governance/gate-templates/PLANNING/items/NO_SUCH_ITEM/remove")
						.form(Map.of("version", String.valueOf(governance(s).templateVersion(Stage.PLANNING)))),
					PMO),
			role("PUT", "/api/v1/gate-templates/{stage}",
					s -> Sample.of("/api/v1/gate-templates/CLOSED")
						.json(governance(s).templateJson(Stage.CLOSED))
						.ifMatch(governance(s).templateVersion(Stage.CLOSED)),
					PMO));

	private GovernanceAccessEntries() {
	}

	/**
	 * Names the PMO officer of the scene for the role on its project; answers their id.
	 */
	private static long named(Scene s, String role) {
		version(s);
		var officer = s.holderOf(GlobalRole.PMO_OFFICER);
		governance(s).nameSignatory(officer, s.projectId(), role, officer.id());
		return officer.id();
	}

	private static long closedVersion(Scene s) {
		version(s);
		return governance(s).gateVersion(s.holderOf(GlobalRole.PMO_OFFICER), s.projectId(), Stage.CLOSED);
	}

	private static long goLiveVersion(Scene s) {
		version(s);
		return governance(s).gateVersion(s.holderOf(GlobalRole.PMO_OFFICER), s.projectId(), Stage.GO_LIVE);
	}

	private static long executionVersion(Scene s) {
		version(s);
		return governance(s).gateVersion(s.holderOf(GlobalRole.PMO_OFFICER), s.projectId(), Stage.EXECUTION);
	}

	private static String planningItem(Scene s, String code) {
		return "/projects/" + s.projectId() + "/gates/PLANNING/items/" + code;
	}

	private static long planningVersion(Scene s) {
		version(s);
		return governance(s).gateVersion(s.holderOf(GlobalRole.PMO_OFFICER), s.projectId(), Stage.PLANNING);
	}

	private static String item(Scene s, String code) {
		return "/projects/" + s.projectId() + "/gates/SCOPING/items/" + code;
	}

	/**
	 * Brings the scene's project under gate governance and answers its first gate's
	 * version.
	 */
	private static String version(Scene s) {
		var pmo = s.holderOf(GlobalRole.PMO_OFFICER);
		governance(s).govern(pmo, s.projectId());
		return String.valueOf(governance(s).gateVersion(pmo, s.projectId(), Stage.SCOPING));
	}

	private static GovernanceFixtures governance(Scene s) {
		return s.bean(GovernanceFixtures.class);
	}

}

package org.agilepmo.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.agilepmo.identity.PersonSummary;
import org.agilepmo.quality.QualityFixtures;
import org.agilepmo.quality.QualityFixtures.AuditRef;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;
import org.agilepmo.web.AccessMatrix.Scene;

import static org.agilepmo.web.AccessMatrix.PMO;
import static org.agilepmo.web.AccessMatrix.publicly;
import static org.agilepmo.web.AccessMatrix.role;
import static org.agilepmo.web.AccessMatrix.signedIn;

/**
 * Quality in the access matrix. A squad's indicators and events are its tribe's, the
 * PMO's and the overseers' (the scene's member belongs to no tribe: 404); audits are
 * their auditors' (the PMO officer opens them here) and their readers' (404 to others);
 * the overview and the audit list are anyone's, showing only what they may see; the
 * webhooks are public and prove themselves (no signature: 400).
 */
final class QualityAccessEntries {

	static final List<Entry> ENTRIES = List.of(signedIn("GET", "/quality", s -> Sample.of("/quality")),
			role("GET", "/quality/squads/{id}", s -> Sample.of("/quality/squads/" + squad(s)), PMO),
			role("POST", "/quality/squads/{id}/integrations",
					s -> Sample.of("/quality/squads/" + squad(s) + "/integrations")
						.form(Map.of("provider", "GITLAB", "serviceRef", "matrix")),
					PMO),
			role("POST", "/quality/integrations/{id}/deactivate", s -> {
				long squad = squad(s);
				var integration = fixtures(s).integration(admin(s), squad, "GITLAB", "matrix-token");
				return Sample.of("/quality/integrations/" + integration.id() + "/deactivate")
					.form(Map.of("squadId", String.valueOf(squad), "version", String.valueOf(integration.version())));
			}, PMO),
			role("POST", "/quality/targets",
					s -> Sample.of("/quality/targets")
						.form(Map.of("tribeId", String.valueOf(fixtures(s).squad().tribeId()), "band", "HIGH")),
					PMO),
			role("POST", "/quality/overseers",
					s -> Sample.of("/quality/overseers").form(Map.of("username", admin(s).username())), PMO),
			signedIn("GET", "/quality/audits", s -> Sample.of("/quality/audits")),
			role("GET", "/quality/audits/new", s -> Sample.of("/quality/audits/new"), PMO),
			role("POST", "/quality/audits/new",
					s -> Sample.of("/quality/audits/new")
						.form(Map.of("title", "Matrix audit", "subject", "APPLICATION", "applicationRef", "Matrix app",
								"classification", "PUBLIC")),
					PMO),
			role("GET", "/quality/audits/{id}", s -> Sample.of("/quality/audits/" + audit(s, false).id()), PMO),
			role("POST", "/quality/audits/{id}/findings",
					s -> Sample.of("/quality/audits/" + audit(s, false).id() + "/findings")
						.form(Map.of("severity", "LOW", "title", "Matrix finding")),
					GlobalRole.PMO_OFFICER),
			role("POST", "/quality/audits/{id}/actions", s -> {
				AuditRef audit = audit(s, false);
				return Sample.of("/quality/audits/" + audit.id() + "/actions")
					.form(Map.of("findingId", String.valueOf(audit.findingId()), "title", "Matrix action", "ownerId",
							String.valueOf(pmo(s).id()), "due", "2030-01-31"));
			}, GlobalRole.PMO_OFFICER),

			role("POST", "/quality/actions/{id}/done", s -> {
				AuditRef audit = audit(s, true);
				return Sample.of("/quality/actions/" + audit.actionId() + "/done")
					.form(Map.of("auditId", String.valueOf(audit.id()), "version",
							String.valueOf(audit.actionVersion())));
			}, GlobalRole.PMO_OFFICER), role("POST", "/quality/audits/{id}/close", s -> {
				AuditRef audit = audit(s, false);
				return Sample.of("/quality/audits/" + audit.id() + "/close")
					.form(Map.of("version", String.valueOf(audit.version())));
			}, GlobalRole.PMO_OFFICER),
			role("GET", "/quality/audits/{id}/report.pdf",
					s -> Sample.of("/quality/audits/" + audit(s, false).id() + "/report.pdf"), PMO),
			role("POST", "/api/v1/quality/deployments",
					s -> Sample.of("/api/v1/quality/deployments")
						.json("{\"squadId\":" + squad(s) + ",\"externalId\":\"" + s.newCode()
								+ "\",\"serviceRef\":\"matrix\",\"deployedAt\":\"" + earlier() + "\"}"),
					PMO),
			role("POST", "/api/v1/quality/changes",
					s -> Sample.of("/api/v1/quality/changes")
						.json("{\"squadId\":" + squad(s) + ",\"externalId\":\"" + s.newCode()
								+ "\",\"serviceRef\":\"matrix\",\"committedAt\":\"" + earlier() + "\"}"),
					PMO),
			role("POST", "/api/v1/quality/incidents", s -> Sample.of("/api/v1/quality/incidents")
				.json("{\"squadId\":" + squad(s) + ",\"externalId\":\"" + s.newCode()
						+ "\",\"serviceRef\":\"matrix\",\"title\":\"Down\",\"openedAt\":\"" + earlier() + "\"}"),
					PMO),
			role("GET", "/api/v1/quality/squads/{id}/dora",
					s -> Sample.of("/api/v1/quality/squads/" + squad(s) + "/dora"), PMO),
			signedIn("GET", "/api/v1/quality/audits", s -> Sample.of("/api/v1/quality/audits")),
			role("POST", "/api/v1/quality/audits",
					s -> Sample.of("/api/v1/quality/audits")
						.json("{\"title\":\"Matrix audit\",\"subject\":\"APPLICATION\","
								+ "\"applicationRef\":\"Matrix app\",\"classification\":\"PUBLIC\"}"),
					PMO),
			role("GET", "/api/v1/quality/audits/{id}", s -> Sample.of("/api/v1/quality/audits/" + audit(s, false).id()),
					PMO),
			role("POST", "/api/v1/quality/audits/{id}/findings",
					s -> Sample.of("/api/v1/quality/audits/" + audit(s, false).id() + "/findings")
						.json("{\"severity\":\"LOW\",\"title\":\"Matrix finding\"}"),
					GlobalRole.PMO_OFFICER),
			role("POST", "/api/v1/quality/findings/{id}/actions",
					s -> Sample.of("/api/v1/quality/findings/" + audit(s, false).findingId() + "/actions")
						.json("{\"title\":\"Matrix action\",\"ownerId\":" + pmo(s).id() + ",\"due\":\"2030-01-31\"}"),
					GlobalRole.PMO_OFFICER),
			role("POST", "/api/v1/quality/actions/{id}/done", s -> {
				AuditRef audit = audit(s, true);
				return Sample.of("/api/v1/quality/actions/" + audit.actionId() + "/done")
					.ifMatch(audit.actionVersion());
			}, GlobalRole.PMO_OFFICER), role("POST", "/api/v1/quality/audits/{id}/close", s -> {
				AuditRef audit = audit(s, false);
				return Sample.of("/api/v1/quality/audits/" + audit.id() + "/close").ifMatch(audit.version());
			}, GlobalRole.PMO_OFFICER),
			publicly("POST", "/api/v1/quality/hooks/github/{id}",
					s -> Sample.of("/api/v1/quality/hooks/github/" + Long.MAX_VALUE).json("{}")),
			publicly("POST", "/api/v1/quality/hooks/gitlab/{id}",
					s -> Sample.of("/api/v1/quality/hooks/gitlab/" + Long.MAX_VALUE).json("{}")));

	private QualityAccessEntries() {
	}

	private static QualityFixtures fixtures(Scene s) {
		return s.bean(QualityFixtures.class);
	}

	private static PersonSummary admin(Scene s) {
		return s.holderOf(GlobalRole.ADMINISTRATOR);
	}

	private static PersonSummary pmo(Scene s) {
		return s.holderOf(GlobalRole.PMO_OFFICER);
	}

	/** A fresh squad in a fresh tribe: the PMO sees it, the scene's member does not. */
	private static long squad(Scene s) {
		return fixtures(s).squad().squadId();
	}

	/**
	 * A fresh audit led by the scene's PMO officer (the first holder of the entries'
	 * roles), with an open action of theirs when asked.
	 */
	private static AuditRef audit(Scene s, boolean withAction) {
		return fixtures(s).audit(pmo(s), withAction ? pmo(s) : null);
	}

	private static String earlier() {
		return Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
	}

}

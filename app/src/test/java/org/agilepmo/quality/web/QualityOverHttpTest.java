package org.agilepmo.quality.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.agilepmo.delivery.DeliveryScene;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.quality.QualityFixtures;
import org.agilepmo.quality.QualityFixtures.AuditRef;
import org.agilepmo.quality.internal.Signatures;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quality module through the whole application: events sent twice are recorded once;
 * GitHub and GitLab deliveries are accepted only with their proof; a squad's figures are
 * its tribe's, the PMO's and the overseers' and 404 to anyone else; an audit closes only
 * once all its corrective actions are done, and its actions reach their owners' home
 * page.
 */
@PmoTest
class QualityOverHttpTest {

	static final String SECRET = "It's a Secret to Everybody";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	QualityFixtures fixtures;

	DeliveryScene scene;

	PersonSummary pmo;

	PersonSummary outsider;

	@BeforeEach
	void aSquadInItsTribe() {
		this.scene = this.fixtures.squad();
		this.pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		this.outsider = this.people.person("outsider", ScreeningLevel.ENHANCED);
	}

	@Test
	void anEventSentTwiceIsRecordedOnce() throws Exception {
		long squad = this.scene.squadId();
		String at = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
		String commit = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
		String body = "{\"squadId\":" + squad + ",\"externalId\":\"deploy-1\",\"serviceRef\":\"portal\","
				+ "\"deployedAt\":\"" + at + "\",\"changes\":[{\"externalId\":\"abc\",\"committedAt\":\"" + commit
				+ "\"}]}";
		String first = this.mvc
			.perform(post("/api/v1/quality/deployments").with(this.people.as(this.scene.squadMember()))
				.contentType("application/json")
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.created").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = first.replaceAll(".*\"id\":(\\d+).*", "$1");
		this.mvc
			.perform(post("/api/v1/quality/deployments").with(this.people.as(this.scene.squadMember()))
				.contentType("application/json")
				.content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(false))
			.andExpect(jsonPath("$.id").value(Long.parseLong(id)));
		String incident = "{\"squadId\":" + squad + ",\"externalId\":\"inc-1\",\"serviceRef\":\"portal\","
				+ "\"title\":\"Portal down\",\"openedAt\":\"" + at + "\",\"causedBy\":\"deploy-1\"}";
		this.mvc
			.perform(post("/api/v1/quality/incidents").with(this.people.as(this.pmo))
				.contentType("application/json")
				.content(incident))
			.andExpect(status().isCreated());
		String resolved = Instant.parse(at).plus(90, ChronoUnit.MINUTES).toString();
		this.mvc
			.perform(post("/api/v1/quality/incidents").with(this.people.as(this.pmo))
				.contentType("application/json")
				.content(incident.replace("}", ",\"resolvedAt\":\"" + resolved + "\"}")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(false));

		this.mvc.perform(get("/api/v1/quality/squads/" + squad + "/dora?days=30").with(this.people.as(this.pmo)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.figures.deployments").value(1))
			.andExpect(jsonPath("$.figures.medianLeadTimeHours").value(24.0))
			.andExpect(jsonPath("$.figures.changeFailureRate").value(1.0))
			.andExpect(jsonPath("$.figures.medianTimeToRestoreHours").value(1.5));
	}

	@Test
	void aGitHubDeliveryIsAcceptedOnlyWithItsSignatureAndOnlyOnce() throws Exception {
		long integration = this.fixtures.integration(this.pmo, this.scene.squadId(), "GITHUB", SECRET).id();
		String committed = Instant.now().minus(5, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
		byte[] push = ("{\"ref\":\"refs/heads/main\",\"repository\":{\"full_name\":\"org/portal\","
				+ "\"default_branch\":\"main\"},\"commits\":[{\"id\":\"c0ffee\",\"timestamp\":\"" + committed + "\"}]}")
			.getBytes(StandardCharsets.UTF_8);
		String signature = Signatures.gitHubSignature(SECRET.getBytes(StandardCharsets.UTF_8), push);
		String hook = "/api/v1/quality/hooks/github/" + integration;

		this.mvc.perform(post(hook).header("X-GitHub-Event", "push").contentType("application/json").content(push))
			.andExpect(status().isBadRequest());
		byte[] tampered = new String(push, StandardCharsets.UTF_8).replace("c0ffee", "deadbeef")
			.getBytes(StandardCharsets.UTF_8);
		this.mvc
			.perform(post(hook).header("X-GitHub-Event", "push")
				.header("X-Hub-Signature-256", signature)
				.contentType("application/json")
				.content(tampered))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post(hook).header("X-GitHub-Event", "push")
				.header("X-Hub-Signature-256", signature)
				.contentType("application/json")
				.content(push))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.recorded").value(1));
		this.mvc
			.perform(post(hook).header("X-GitHub-Event", "push")
				.header("X-Hub-Signature-256", signature)
				.contentType("application/json")
				.content(push))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.recorded").value(0))
			.andExpect(jsonPath("$.known").value(1));

		String deployed = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
		byte[] status = ("{\"deployment_status\":{\"state\":\"success\",\"created_at\":\"" + deployed + "\"},"
				+ "\"deployment\":{\"id\":77,\"sha\":\"c0ffee\",\"environment\":\"production\"},"
				+ "\"repository\":{\"full_name\":\"org/portal\"}}")
			.getBytes(StandardCharsets.UTF_8);
		this.mvc
			.perform(post(hook).header("X-GitHub-Event", "deployment_status")
				.header("X-Hub-Signature-256",
						Signatures.gitHubSignature(SECRET.getBytes(StandardCharsets.UTF_8), status))
				.contentType("application/json")
				.content(status))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.recorded").value(1));
		this.mvc
			.perform(get("/api/v1/quality/squads/" + this.scene.squadId() + "/dora?days=30")
				.with(this.people.as(this.pmo)))
			.andExpect(jsonPath("$.figures.successfulDeployments").value(1))
			.andExpect(jsonPath("$.figures.medianLeadTimeHours").value(4.0));
	}

	@Test
	void aGitLabDeliveryIsAcceptedOnlyWithItsToken() throws Exception {
		long integration = this.fixtures.integration(this.pmo, this.scene.squadId(), "GITLAB", "gl-secret-token").id();
		String changed = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
		String body = "{\"object_kind\":\"deployment\",\"status\":\"failed\",\"deployment_id\":15,"
				+ "\"status_changed_at\":\"" + changed + "\",\"environment\":\"production\","
				+ "\"project\":{\"path_with_namespace\":\"org/cases\"}}";
		String hook = "/api/v1/quality/hooks/gitlab/" + integration;
		this.mvc.perform(
				post(hook).header("X-Gitlab-Event", "Deployment Hook").contentType("application/json").content(body))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post(hook).header("X-Gitlab-Event", "Deployment Hook")
				.header("X-Gitlab-Token", "gl-secret-tokem")
				.contentType("application/json")
				.content(body))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post(hook).header("X-Gitlab-Event", "Deployment Hook")
				.header("X-Gitlab-Token", "gl-secret-token")
				.contentType("application/json")
				.content(body))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.recorded").value(1));
		this.mvc
			.perform(get("/api/v1/quality/squads/" + this.scene.squadId() + "/dora?days=30")
				.with(this.people.as(this.pmo)))
			.andExpect(jsonPath("$.figures.deployments").value(1))
			.andExpect(jsonPath("$.figures.changeFailureRate").value(1.0));
	}

	@Test
	void aSquadsFiguresAreItsTribesThePmosAndTheOverseersOnly() throws Exception {
		long squad = this.scene.squadId();
		PersonSummary cto = this.people.person("cto", ScreeningLevel.ENHANCED);
		this.fixtures.deployment(this.pmo, squad, "d-1", "portal", Instant.now().minus(1, ChronoUnit.DAYS), false);

		this.mvc.perform(get("/quality/squads/" + squad).with(this.people.as(this.outsider)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/quality/squads/" + squad + "/dora").with(this.people.as(this.outsider)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/quality/squads/" + squad + "/dora").with(this.people.as(cto)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/quality/deployments").with(this.people.as(this.outsider))
				.contentType("application/json")
				.content("{\"squadId\":" + squad + ",\"externalId\":\"x\",\"serviceRef\":\"s\",\"deployedAt\":\""
						+ Instant.now().minus(1, ChronoUnit.HOURS) + "\"}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/quality").with(this.people.as(this.outsider)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.scene.squadId() + "?days"))));

		this.fixtures.oversee(this.scene.administrator(), cto);
		for (PersonSummary reader : new PersonSummary[] { this.scene.squadMember(), this.pmo, cto }) {
			this.mvc.perform(get("/quality/squads/" + squad).with(this.people.as(reader)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"chart-lead-time\"")));
			this.mvc.perform(get("/api/v1/quality/squads/" + squad + "/dora").with(this.people.as(reader)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.figures.deployments").value(1));
		}
		this.mvc.perform(get("/quality").with(this.people.as(cto)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/quality/squads/" + squad + "?days=90")));
	}

	@Test
	void anAuditClosesOnlyOnceEveryCorrectiveActionIsDone() throws Exception {
		PersonSummary owner = this.people.person("owner", ScreeningLevel.BASIC);
		AuditRef audit = this.fixtures.audit(this.pmo, owner);

		this.mvc.perform(get("/api/v1/quality/audits/" + audit.id()).with(this.people.as(this.outsider)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/quality/audits/" + audit.id()).with(this.people.as(this.outsider)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/").with(this.people.as(owner)))
			.andExpect(content().string(containsString("Upgrade the libraries")));

		this.mvc
			.perform(post("/api/v1/quality/audits/" + audit.id() + "/close").with(this.people.as(this.pmo))
				.header("If-Match", "\"" + audit.version() + "\""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("1 corrective actions are open")));
		this.mvc
			.perform(post("/api/v1/quality/actions/" + audit.actionId() + "/done").with(this.people.as(this.outsider))
				.header("If-Match", "\"" + audit.actionVersion() + "\""))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/quality/actions/" + audit.actionId() + "/done").with(this.people.as(owner))
				.header("If-Match", "\"" + (audit.actionVersion() + 5) + "\""))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(post("/api/v1/quality/actions/" + audit.actionId() + "/done").with(this.people.as(owner))
				.header("If-Match", "\"" + audit.actionVersion() + "\""))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/quality/audits/" + audit.id() + "/close").with(this.people.as(owner))
				.header("If-Match", "\"" + audit.version() + "\""))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/quality/audits/" + audit.id() + "/close").with(this.people.as(this.pmo))
				.header("If-Match", "\"" + audit.version() + "\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));
		this.mvc.perform(get("/quality/audits/" + audit.id() + "/report.pdf").with(this.people.as(owner)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
	}

	@Test
	void theAuditPageRecordsAFindingAndItsAction() throws Exception {
		PersonSummary owner = this.people.person("owner", ScreeningLevel.BASIC);
		AuditRef audit = this.fixtures.audit(this.pmo, null);
		this.mvc
			.perform(post("/quality/audits/" + audit.id() + "/findings").with(this.people.as(this.pmo))
				.with(csrf())
				.param("severity", "HIGH")
				.param("title", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("finding-title-error")));
		this.mvc
			.perform(post("/quality/audits/" + audit.id() + "/actions").with(this.people.as(this.pmo))
				.with(csrf())
				.param("findingId", String.valueOf(audit.findingId()))
				.param("title", "Add the tests")
				.param("ownerId", String.valueOf(owner.id()))
				.param("due", "2030-01-31"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/quality/audits/" + audit.id()).with(this.people.as(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add the tests")));
	}

}

package org.agilepmo.quality.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import org.agilepmo.quality.internal.EventIngestion.ChangeInput;
import org.agilepmo.quality.internal.EventIngestion.DeploymentInput;
import org.agilepmo.quality.internal.EventIngestion.IncidentInput;
import org.agilepmo.quality.internal.Integration.Provider;
import org.agilepmo.quality.internal.Signatures.Verdict;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Deliveries from GitHub and GitLab: the proof checked first (GitHub's HMAC signature,
 * GitLab's token), then the events read from the payload.
 * <ul>
 * <li>GitHub {@code deployment_status} (success, failure or error, to a production
 * environment) is a deployment; {@code push} to the default branch brings its commits as
 * changes; {@code issues} labelled {@code incident} open an incident, and closing the
 * issue resolves it.</li>
 * <li>GitLab {@code Deployment Hook} (success or failed, production) is a deployment;
 * {@code Push Hook} to the default branch brings its commits.</li>
 * </ul>
 * Anything else is acknowledged and ignored. A delivery sent twice records nothing new.
 */
@Service
public class WebhookIntake {

	private static final Set<String> PRODUCTION = Set.of("production", "prod");

	private static final DateTimeFormatter GITLAB_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

	private final Integrations integrations;

	private final EventIngestion ingestion;

	private final SecretBox box;

	private final ObjectMapper json;

	WebhookIntake(Integrations integrations, EventIngestion ingestion, SecretBox box, ObjectMapper json) {
		this.integrations = integrations;
		this.ingestion = ingestion;
		this.box = box;
		this.json = json;
	}

	/** What a delivery brought: events newly recorded, and those already known. */
	public record Received(int recorded, int known) {

		Received plus(boolean created) {
			return created ? new Received(this.recorded + 1, this.known) : new Received(this.recorded, this.known + 1);
		}

	}

	@Transactional
	public Received fromGitHub(long integrationId, String event, String signature, byte[] payload) {
		if (signature == null || signature.isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The X-Hub-Signature-256 header is missing");
		}
		Integration integration = integration(integrationId, Provider.GITHUB);
		if (Signatures.verifyGitHub(this.box.open(integration.secretSealed()), payload, signature) != Verdict.VALID) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
					"The X-Hub-Signature-256 signature does not match the payload");
		}
		JsonNode body = parse(payload);
		long squad = integration.squadId();
		String service = serviceOf(integration, body.path("repository").path("full_name").asString(""));
		Received received = new Received(0, 0);
		switch (event == null ? "" : event) {
			case "deployment_status" -> {
				JsonNode status = body.path("deployment_status");
				JsonNode deployment = body.path("deployment");
				String state = status.path("state").asString("");
				String environment = deployment.path("environment").asString(status.path("environment").asString(""));
				if (Set.of("success", "failure", "error").contains(state) && production(environment)) {
					received = received.plus(this.ingestion
						.deployment(squad,
								new DeploymentInput("github-deployment-" + deployment.path("id").asString(), service,
										deployment.path("sha").asString(null),
										time(status.path("created_at").asString(null)), !"success".equals(state), null))
						.created());
				}
			}
			case "push" -> {
				String branch = "refs/heads/" + body.path("repository").path("default_branch").asString("");
				if (branch.equals(body.path("ref").asString(""))) {
					for (JsonNode commit : body.path("commits")) {
						received = received.plus(
								this.ingestion
									.change(squad,
											new ChangeInput(commit.path("id").asString(), service,
													time(commit.path("timestamp").asString(null))))
									.created());
					}
				}
			}
			case "issues" -> {
				JsonNode issue = body.path("issue");
				boolean incident = false;
				for (JsonNode label : issue.path("labels")) {
					incident |= "incident".equalsIgnoreCase(label.path("name").asString(""));
				}
				if (incident) {
					String closed = issue.path("closed_at").isNull() ? null : issue.path("closed_at").asString(null);
					received = received.plus(this.ingestion.incident(squad,
							new IncidentInput("github-issue-" + issue.path("number").asString(), service,
									issue.path("title").asString(""), time(issue.path("created_at").asString(null)),
									closed == null ? null : time(closed), null))
						.created());
				}
			}
			default -> {
			}
		}
		return received;
	}

	@Transactional
	public Received fromGitLab(long integrationId, String event, String token, byte[] payload) {
		if (token == null || token.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The X-Gitlab-Token header is missing");
		}
		Integration integration = integration(integrationId, Provider.GITLAB);
		if (Signatures.verifyGitLab(integration.tokenHash(), token) != Verdict.VALID) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "The X-Gitlab-Token does not match");
		}
		JsonNode body = parse(payload);
		long squad = integration.squadId();
		String service = serviceOf(integration, body.path("project").path("path_with_namespace").asString(""));
		Received received = new Received(0, 0);
		switch (event == null ? "" : event) {
			case "Deployment Hook" -> {
				String status = body.path("status").asString("");
				if (Set.of("success", "failed").contains(status) && production(body.path("environment").asString(""))) {
					received = received.plus(this.ingestion.deployment(squad,
							new DeploymentInput("gitlab-deployment-" + body.path("deployment_id").asString(), service,
									body.path("short_sha").asString(null),
									time(body.path("status_changed_at").asString(null)), "failed".equals(status), null))
						.created());
				}
			}
			case "Push Hook" -> {
				String branch = "refs/heads/" + body.path("project").path("default_branch").asString("");
				if (branch.equals(body.path("ref").asString(""))) {
					for (JsonNode commit : body.path("commits")) {
						received = received.plus(
								this.ingestion
									.change(squad,
											new ChangeInput(commit.path("id").asString(), service,
													time(commit.path("timestamp").asString(null))))
									.created());
					}
				}
			}
			default -> {
			}
		}
		return received;
	}

	private Integration integration(long id, Provider provider) {
		return this.integrations.findById(id)
			.filter(i -> i.provider() == provider && i.active())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such integration"));
	}

	private JsonNode parse(byte[] payload) {
		try {
			return this.json.readTree(payload);
		}
		catch (JacksonException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The payload is not JSON");
		}
	}

	private static String serviceOf(Integration integration, String fallback) {
		return integration.serviceRef() != null ? integration.serviceRef() : fallback;
	}

	private static boolean production(String environment) {
		return PRODUCTION.contains(environment.toLowerCase(Locale.ROOT));
	}

	/**
	 * ISO 8601 (GitHub, GitLab's commits) or GitLab's {@code 2021-04-28 21:50:00 +0200}.
	 */
	static Instant time(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return OffsetDateTime.parse(text.replace(" UTC", " +0000"), GITLAB_TIME).toInstant();
			}
			catch (DateTimeParseException again) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unreadable time: " + text);
			}
		}
	}

}

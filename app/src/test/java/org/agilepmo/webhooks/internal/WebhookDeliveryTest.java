package org.agilepmo.webhooks.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.reporting.ReportingFixtures;
import org.agilepmo.risk.RiskFixtures;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.PlatformEvent;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.agilepmo.webhooks.internal.WebhookService.EndpointDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Webhooks end to end, with a receiver on loopback (the JDK's HTTP server, its host
 * allowed explicitly): a delivery carries the Standard Webhooks headers and a signature
 * that an implementation of the specification written here verifies; a receiver that
 * fails gets the message again after growing delays until it answers; private addresses
 * are refused when registering and again when delivering.
 */
@PmoTest
class WebhookDeliveryTest {

	@Autowired
	IdentityFixtures identity;

	@Autowired
	WebhookService webhooks;

	@Autowired
	WebhookDeliveries deliveries;

	@Autowired
	WebhookEndpoints endpoints;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ObjectMapper json;

	@Autowired
	MockMvc mvc;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	RiskFixtures risks;

	@Autowired
	ReportingFixtures reports;

	HttpServer receiver;

	final List<Received> received = new CopyOnWriteArrayList<>();

	final AtomicInteger failuresLeft = new AtomicInteger();

	PersonSummary admin;

	@BeforeEach
	void startReceiver() throws IOException {
		this.admin = this.identity.person("hooks-admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.receiver.createContext("/hook", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			this.received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
					exchange.getRequestHeaders().getFirst("webhook-timestamp"),
					exchange.getRequestHeaders().getFirst("webhook-signature"),
					new String(body, StandardCharsets.UTF_8)));
			int status = (this.failuresLeft.getAndDecrement() > 0) ? 500 : 204;
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		this.receiver.start();
	}

	@AfterEach
	void stopReceiver() {
		this.receiver.stop(0);
	}

	@Test
	void aDeliveryIsSignedAsTheStandardWebhooksSpecificationSays() throws Exception {
		WebhookService.Registered registered = register(PlatformEvent.PROJECT_STAGE_CHANGED, true);
		assertThat(registered.secret()).startsWith("whsec_");

		publish(new PlatformEvent(PlatformEvent.PROJECT_STAGE_CHANGED, new ObjectRef("project", 42),
				Classification.RESTRICTED, Map.of("projectCode", "INFRA-DC", "from", "SCOPING", "to", "PLANNING")));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			this.dispatcher.deliverDue();
			assertThat(this.received).hasSize(1);
		});

		Received message = this.received.get(0);
		assertThat(message.id()).startsWith("msg_");
		assertThat(Long.parseLong(message.timestamp())).isBetween(Instant.now().minusSeconds(300).getEpochSecond(),
				Instant.now().plusSeconds(5).getEpochSecond());
		assertThat(StandardWebhooks.verify(registered.secret(), message)).as("signature verified").isTrue();
		assertThat(StandardWebhooks.verify(registered.secret(), message.withBody(message.body() + " ")))
			.as("a changed body fails verification")
			.isFalse();
		JsonNode body = this.json.readTree(message.body());
		assertThat(body.get("type").asString()).isEqualTo("project.stage-changed");
		assertThat(body.get("data").get("subject").get("id").asLong()).isEqualTo(42);
		assertThat(body.get("data").get("projectCode").asString()).isEqualTo("INFRA-DC");
		WebhookDelivery logged = this.deliveries.findByEndpointIdOrderByIdAsc(registered.endpoint().id()).get(0);
		assertThat(logged.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
		assertThat(logged.lastStatus()).isEqualTo(204);
	}

	@Test
	void aFailingReceiverGetsTheMessageAgainUntilItAnswers() throws Exception {
		WebhookService.Registered registered = register(PlatformEvent.GATE_SIGNED, true);
		this.failuresLeft.set(2);

		publish(new PlatformEvent(PlatformEvent.GATE_SIGNED, new ObjectRef("stage-gate", 7), Classification.PUBLIC,
				Map.of("item", "BUSINESS_CASE")));
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
			this.dispatcher.deliverDue();
			assertThat(this.received).hasSize(3);
		});

		assertThat(this.received).extracting(Received::id).containsOnly(this.received.get(0).id());
		assertThat(this.received).allSatisfy(m -> assertThat(StandardWebhooks.verify(registered.secret(), m)).isTrue());
		WebhookDelivery logged = this.deliveries.findByEndpointIdOrderByIdAsc(registered.endpoint().id()).get(0);
		assertThat(logged.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
		assertThat(logged.attempts()).isEqualTo(3);
	}

	@Test
	void aDelayDoublesAfterEachFailureUntilTheLastAttempt() {
		Instant now = Instant.parse("2027-01-04T10:00:00Z");
		WebhookDelivery delivery = new WebhookDelivery(1, "msg_x", "gate.signed", "{}", now);
		Duration first = Duration.ofSeconds(30);

		delivery.failed(500, "the endpoint answered 500", now, first, 4);
		assertThat(delivery.nextAttemptAt()).isEqualTo(now.plusSeconds(30));
		delivery.failed(500, "the endpoint answered 500", now, first, 4);
		assertThat(delivery.nextAttemptAt()).isEqualTo(now.plusSeconds(60));
		delivery.failed(null, "no answer", now, first, 4);
		assertThat(delivery.nextAttemptAt()).isEqualTo(now.plusSeconds(120));
		assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.PENDING);
		delivery.failed(null, "no answer", now, first, 4);
		assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.FAILED);
		assertThat(delivery.nextAttemptAt()).isNull();
	}

	@Test
	void aPrivateAddressIsRefusedWhenRegisteringWithAClearError() throws Exception {
		String token = this.identity.tokenOf(this.admin);
		for (String url : List.of("http://10.1.2.3/hook", "http://192.168.1.20/hook", "http://127.0.0.1:8080/hook",
				"http://169.254.169.254/latest/meta-data", "http://[fd00::1]/hook", "http://localhost/hook")) {
			this.mvc
				.perform(post("/api/v1/webhooks").header("Authorization", "Bearer " + token)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"url\":\"" + url + "\",\"eventTypes\":[\"gate.signed\"],\"clearance\":\"NONE\"}"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("url"))
				.andExpect(jsonPath("$.detail", containsString("private network")));
		}
	}

	@Test
	void theSecretIsShownOnceOnThePageThatRegistersTheEndpoint() throws Exception {
		String page = this.mvc
			.perform(post("/admin/webhooks").with(this.identity.as(this.admin))
				.with(SecurityMockMvcRequestPostProcessors.csrf())
				.param("url", url())
				.param("eventTypes", PlatformEvent.GATE_SIGNED)
				.param("clearance", "NONE")
				.param("allowPrivateAddress", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = page.replaceAll("(?s).*<code>(whsec_[A-Za-z0-9+/=]+)</code>.*", "$1");
		assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);

		this.mvc.perform(get("/admin/webhooks").with(this.identity.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(url())))
			.andExpect(content().string(not(containsString(secret))));
		this.mvc
			.perform(get("/admin/webhooks")
				.with(this.identity.as(this.identity.person("member", ScreeningLevel.ENHANCED))))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAddressThatBecamePrivateIsRefusedAtDelivery() {
		WebhookEndpoint endpoint = this.endpoints
			.saveAndFlush(new WebhookEndpoint(url(), "resolves privately now", Signatures.newSecret(),
					Set.of(PlatformEvent.RISK_RATED_HIGH), ScreeningLevel.ENHANCED, false, Instant.now()));

		publish(new PlatformEvent(PlatformEvent.RISK_RATED_HIGH, new ObjectRef("risk", 3), Map.of("rating", "HIGH")));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			this.dispatcher.deliverDue();
			assertThat(this.deliveries.findByEndpointIdOrderByIdAsc(endpoint.id()).get(0).attempts()).isPositive();
		});

		WebhookDelivery refused = this.deliveries.findByEndpointIdOrderByIdAsc(endpoint.id()).get(0);
		assertThat(refused.status()).isEqualTo(WebhookDelivery.Status.PENDING);
		assertThat(refused.lastError()).isEqualTo("refused: 127.0.0.1 resolves to the private address 127.0.0.1");
		assertThat(this.received).isEmpty();
	}

	@Test
	void anEndpointHearsOnlyWhatItIsClearedFor() {
		WebhookService.Registered publicOnly = this.identity.actingAs(this.admin,
				() -> this.webhooks.register(new EndpointDraft(url(), null, Set.of(PlatformEvent.RISK_RATED_HIGH),
						ScreeningLevel.NONE, true, true)));

		publish(new PlatformEvent(PlatformEvent.RISK_RATED_HIGH, new ObjectRef("risk", 4), Classification.CONFIDENTIAL,
				Map.of()));
		publish(new PlatformEvent(PlatformEvent.RISK_RATED_HIGH, new ObjectRef("risk", 5), Classification.PUBLIC,
				Map.of()));

		assertThat(this.deliveries.findByEndpointIdOrderByIdAsc(publicOnly.endpoint().id()))
			.extracting(d -> this.json.readTree(d.payload()).get("data").get("subject").get("id").asLong())
			.containsExactly(5L);
	}

	@Test
	void aRiskRecordedAsHighIsDeliveredWithItsRating() {
		WebhookService.Registered registered = register(PlatformEvent.RISK_RATED_HIGH, true);
		PortfolioScene scene = this.portfolios.scene();
		PortfolioScene.ProjectRef project = scene.project(scene.portfolio().id(), Classification.PUBLIC);

		long riskId = this.risks.risk(scene.officer(), project.id(), "The data centre lease ends");

		assertThat(this.deliveries.findByEndpointIdOrderByIdAsc(registered.endpoint().id())).singleElement()
			.satisfies(d -> {
				JsonNode data = this.json.readTree(d.payload()).get("data");
				assertThat(d.eventType()).isEqualTo("risk.rated-high");
				assertThat(data.get("subject").get("kind").asString()).isEqualTo("risk");
				assertThat(data.get("subject").get("id").asLong()).isEqualTo(riskId);
				assertThat(data.get("rating").asString()).isEqualTo("HIGH");
				assertThat(data.get("projectId").asLong()).isEqualTo(project.id());
			});
	}

	@Test
	void aSubmittedStatusReportIsDeliveredWithItsProjectAndPeriod() {
		WebhookService.Registered registered = register(PlatformEvent.REPORT_SUBMITTED, true);
		PortfolioScene scene = this.portfolios.scene();
		PortfolioScene.ProjectRef project = scene.project(scene.portfolio().id(), Classification.PUBLIC);
		long reportId = this.reports.greenDraft(scene.officer(), project.id(), java.time.LocalDate.of(2001, 1, 31));

		assertThat(this.deliveries.findByEndpointIdOrderByIdAsc(registered.endpoint().id())).isEmpty();
		this.reports.submit(scene.officer(), reportId);

		assertThat(this.deliveries.findByEndpointIdOrderByIdAsc(registered.endpoint().id())).singleElement()
			.satisfies(d -> {
				JsonNode data = this.json.readTree(d.payload()).get("data");
				assertThat(d.eventType()).isEqualTo("report.submitted");
				assertThat(data.get("subject").get("id").asLong()).isEqualTo(reportId);
				assertThat(data.get("projectId").asLong()).isEqualTo(project.id());
				assertThat(data.get("periodEnd").asString()).isEqualTo("2001-01-31");
				assertThat(data.get("overall").asString()).isEqualTo("GREEN");
			});
	}

	private WebhookService.Registered register(String type, boolean allowPrivate) {
		return this.identity.actingAs(this.admin, () -> this.webhooks.register(
				new EndpointDraft(url(), "test receiver", Set.of(type), ScreeningLevel.ENHANCED, allowPrivate, true)));
	}

	private String url() {
		return "http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/hook";
	}

	private void publish(PlatformEvent event) {
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> this.events.publishEvent(event));
	}

	record Received(String id, String timestamp, String signature, String body) {

		Received withBody(String other) {
			return new Received(this.id, this.timestamp, this.signature, other);
		}

	}

	/**
	 * The receiving side of the Standard Webhooks specification, written from the
	 * specification and not from the platform's code: the key is the base64 after
	 * {@code whsec_}; the signed content is {@code id.timestamp.body}; the header holds
	 * space-separated {@code v1,<base64>} signatures, any of which may match.
	 */
	static final class StandardWebhooks {

		static boolean verify(String secret, Received message) throws Exception {
			byte[] key = Base64.getDecoder().decode(secret.split("_", 2)[1]);
			Mac hmac = Mac.getInstance("HmacSHA256");
			hmac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] expected = hmac.doFinal(
					(message.id() + "." + message.timestamp() + "." + message.body()).getBytes(StandardCharsets.UTF_8));
			for (String signature : message.signature().split(" ")) {
				String[] parts = signature.split(",", 2);
				if (parts.length == 2 && parts[0].equals("v1")
						&& MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
					return true;
				}
			}
			return false;
		}

	}

}

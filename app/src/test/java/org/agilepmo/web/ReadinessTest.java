package org.agilepmo.web;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readiness probe answers UP only once the platform can serve: while the start-up
 * runners (the first administrator, the demo data) are still running it is not ready; it
 * is ready after them, with the database answering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "management.endpoint.health.show-components=always" })
@ActiveProfiles("test")
class ReadinessTest {

	static final AtomicReference<ReadinessState> DURING_RUNNERS = new AtomicReference<>();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationAvailability availability;

	@Test
	void notReadyWhileTheRunnersRunReadyAfterThem() throws Exception {
		assertThat(DURING_RUNNERS.get()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
		assertThat(this.availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
		var http = java.net.http.HttpClient.newHttpClient();
		var answer = http.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + "/actuator/health/readiness"))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"status\":\"UP\"").contains("readinessState").contains("db");
	}

	@TestConfiguration
	static class LastRunner {

		/** Runs after the demo data's runner, as the last start-up step. */
		@Bean
		@Order(Integer.MAX_VALUE)
		ApplicationRunner recordReadiness(ApplicationAvailability availability) {
			return args -> DURING_RUNNERS.set(availability.getReadinessState());
		}

	}

}

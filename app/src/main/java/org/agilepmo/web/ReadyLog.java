package org.agilepmo.web;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs when the platform is ready to serve and how long the start took, everything
 * included: the schema's migrations, the context, and the start-up runners (the first
 * administrator, the demo data). Spring Boot's own "Started … in" line comes before the
 * runners; {@code /actuator/health/readiness} answers UP only from this moment on (and
 * while the database answers, see {@code application.yml}).
 */
@Component
class ReadyLog {

	private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);

	@EventListener
	void ready(ApplicationReadyEvent event) {
		Duration taken = event.getTimeTaken();
		log.info("Ready to serve after {} ms (start-up runners and demo data included)",
				(taken != null) ? taken.toMillis() : -1);
	}

	@EventListener
	void readiness(AvailabilityChangeEvent<ReadinessState> event) {
		log.info("Readiness: {}", event.getState());
	}

}

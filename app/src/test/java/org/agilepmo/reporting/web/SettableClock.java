package org.agilepmo.reporting.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A clock a test sets, used by every component that takes the optional {@link Clock} bean
 * (the reporting clock among them), so that a test can stand at a given instant and move
 * on.
 */
final class SettableClock extends Clock {

	private volatile Instant now = Instant.now();

	void set(Instant instant) {
		this.now = instant;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		SettableClock settableClock() {
			return new SettableClock();
		}

	}

}

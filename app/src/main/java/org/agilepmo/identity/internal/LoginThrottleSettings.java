package org.agilepmo.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How login throttling grows ({@code pmo.security.login-throttle.*}): the first delay,
 * doubled at every further failure up to the cap, the failures an account, an address or
 * a known device may have before delays start, and how long after its last failure a key
 * is forgotten.
 */
@ConfigurationProperties("pmo.security.login-throttle")
record LoginThrottleSettings(Duration firstDelay, Duration maxDelay, Duration forgetAfter, int accountFreeFailures,
		int addressFreeFailures, int deviceFreeFailures) {

	LoginThrottleSettings {
		firstDelay = (firstDelay == null || firstDelay.isNegative() || firstDelay.isZero()) ? Duration.ofSeconds(1)
				: firstDelay;
		maxDelay = (maxDelay == null || maxDelay.compareTo(firstDelay) < 0) ? Duration.ofMinutes(15) : maxDelay;
		forgetAfter = (forgetAfter == null || forgetAfter.isNegative() || forgetAfter.isZero()) ? Duration.ofHours(24)
				: forgetAfter;
	}

	static LoginThrottleSettings defaults() {
		return new LoginThrottleSettings(null, null, null, 0, 10, 0);
	}

	int freeFailures(LoginThrottle.Kind kind) {
		return Math.max(0, switch (kind) {
			case ACCOUNT -> this.accountFreeFailures;
			case ADDRESS -> this.addressFreeFailures;
			case DEVICE -> this.deviceFreeFailures;
		});
	}

}

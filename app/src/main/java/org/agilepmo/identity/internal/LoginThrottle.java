package org.agilepmo.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after a number of failed logins for one username within a
 * sliding window, further attempts for that username are refused until the oldest failure
 * leaves the window, even with the right password. Kept in memory (see docs/SECURITY.md
 * for what that means with several instances).
 */
@Component
class LoginThrottle {

	private final int maxFailures;

	private final Duration window;

	private final Clock clock;

	private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	@org.springframework.beans.factory.annotation.Autowired
	LoginThrottle(@Value("${pmo.security.login-throttle.max-failures:5}") int maxFailures,
			@Value("${pmo.security.login-throttle.window:15m}") Duration window) {
		this(maxFailures, window, Clock.systemUTC());
	}

	LoginThrottle(int maxFailures, Duration window, Clock clock) {
		this.maxFailures = maxFailures;
		this.window = window;
		this.clock = clock;
	}

	/** How long the username must wait, or {@link Duration#ZERO} when it may try now. */
	Duration waitFor(String username) {
		Deque<Instant> recent = this.failures.get(key(username));
		if (recent == null) {
			return Duration.ZERO;
		}
		synchronized (recent) {
			Instant now = this.clock.instant();
			prune(recent, now);
			if (recent.size() < this.maxFailures) {
				return Duration.ZERO;
			}
			return Duration.between(now, recent.peekFirst().plus(this.window));
		}
	}

	void failed(String username) {
		Deque<Instant> recent = this.failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
		synchronized (recent) {
			Instant now = this.clock.instant();
			prune(recent, now);
			recent.addLast(now);
		}
	}

	void succeeded(String username) {
		this.failures.remove(key(username));
	}

	private void prune(Deque<Instant> recent, Instant now) {
		Instant cutoff = now.minus(this.window);
		while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
			recent.removeFirst();
		}
	}

	private static String key(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

}

package org.agilepmo.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows password guessing with growing delays rather than a lock-out: every failed login
 * of a key (an account, a client address, a known device) makes the key wait before its
 * next attempt is looked at, 1 s after the first counted failure, then 2 s, 4 s and so on
 * up to a cap (15 minutes). Attempts made while a key waits are refused without being
 * counted. A success clears the account's and the device's count, never the address's,
 * which only fades after {@code forgetAfter} without failures. A key may be given some
 * free failures first (an address is shared by everyone behind one proxy).
 * <p>
 * The counts live in the table {@code login_throttle}, so that several instances share
 * them; keys are stored as SHA-256 so that the table holds neither usernames nor
 * addresses.
 */
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	/** What is throttled, and how many failures it has before delays start. */
	enum Kind {

		ACCOUNT, ADDRESS, DEVICE

	}

	record Key(Kind kind, String value) {

		static Key account(String username) {
			return new Key(Kind.ACCOUNT, username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
		}

		static Key address(String address) {
			return new Key(Kind.ADDRESS, ClientAddress.network(address));
		}

		static Key device(String nonce) {
			return new Key(Kind.DEVICE, nonce);
		}

		String stored() {
			return TokenHashing.hash(this.kind.name() + ":" + this.value);
		}

	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final LoginThrottleSettings settings;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, TransactionTemplate transactions, LoginThrottleSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * How long the longest-waiting of the keys must still wait; zero when all may try.
	 */
	Duration waitFor(Collection<Key> keys) {
		Instant now = this.clock.instant();
		Duration longest = Duration.ZERO;
		for (Key key : keys) {
			Optional<OffsetDateTime> until = this.jdbc
				.sql("select blocked_until from login_throttle where throttle_key = ?")
				.param(key.stored())
				.query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
				.optional();
			if (until.isPresent() && until.get().toInstant().isAfter(now)) {
				Duration wait = Duration.between(now, until.get().toInstant());
				if (wait.compareTo(longest) > 0) {
					longest = wait;
				}
			}
		}
		return longest;
	}

	/** Counts a failure against each key; answers the longest wait that follows. */
	Duration failed(Collection<Key> keys) {
		Instant now = this.clock.instant();
		Duration longest = Duration.ZERO;
		for (Key key : keys) {
			Duration wait = countFailure(key, now);
			if (wait.compareTo(longest) > 0) {
				longest = wait;
			}
		}
		this.jdbc.sql("delete from login_throttle where last_failure_at < ? and blocked_until < ?")
			.param(at(now.minus(this.settings.forgetAfter())))
			.param(at(now))
			.update();
		return longest;
	}

	/** A correct password: the account and the device start afresh. */
	void succeeded(Collection<Key> keys) {
		for (Key key : keys) {
			if (key.kind() != Kind.ADDRESS) {
				this.jdbc.sql("delete from login_throttle where throttle_key = ?").param(key.stored()).update();
			}
		}
	}

	/** The wait after the given number of failures of a key of that kind. */
	Duration delayAfter(Kind kind, int failures) {
		int counted = failures - this.settings.freeFailures(kind);
		if (counted <= 0) {
			return Duration.ZERO;
		}
		Duration max = this.settings.maxDelay();
		Duration delay = this.settings.firstDelay();
		for (int i = 1; i < counted && delay.compareTo(max) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(max) > 0 ? max : delay;
	}

	private Duration countFailure(Key key, Instant now) {
		for (int attempt = 0;; attempt++) {
			try {
				Integer failures = this.transactions.execute(status -> recordFailure(key, now));
				Duration wait = delayAfter(key.kind(), failures);
				if (!wait.isZero()) {
					log.warn("Failed login: {} throttled for {} s after {} failures", key.kind(), wait.toSeconds(),
							failures);
				}
				return wait;
			}
			catch (DuplicateKeyException ex) {
				if (attempt > 0) {
					throw ex;
				}
			}
		}
	}

	private int recordFailure(Key key, Instant now) {
		String stored = key.stored();
		Optional<Integer> previous = this.jdbc
			.sql("select failures, last_failure_at from login_throttle where throttle_key = ? for update")
			.param(stored)
			.query((rs,
					row) -> rs.getObject(2, OffsetDateTime.class)
						.toInstant()
						.isBefore(now.minus(this.settings.forgetAfter())) ? 0 : rs.getInt(1))
			.optional();
		int failures = previous.orElse(0) + 1;
		OffsetDateTime until = at(now.plus(delayAfter(key.kind(), failures)));
		if (previous.isPresent()) {
			this.jdbc
				.sql("update login_throttle set failures = ?, last_failure_at = ?, blocked_until = ? "
						+ "where throttle_key = ?")
				.params(failures, at(now), until, stored)
				.update();
		}
		else {
			this.jdbc
				.sql("insert into login_throttle (throttle_key, failures, last_failure_at, blocked_until) "
						+ "values (?, ?, ?, ?)")
				.params(stored, failures, at(now), until)
				.update();
		}
		return failures;
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}

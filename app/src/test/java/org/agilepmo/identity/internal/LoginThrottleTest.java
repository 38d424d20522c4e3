package org.agilepmo.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.agilepmo.identity.internal.LoginThrottle.Key;
import org.agilepmo.identity.internal.LoginThrottle.Kind;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's arithmetic and its keeping in the database, on a clock the test moves.
 */
@PmoTest
class LoginThrottleTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	final MovableClock clock = new MovableClock();

	@Test
	void delaysDoubleFromOneSecondUpToFifteenMinutes() {
		LoginThrottle throttle = throttle();
		assertThat(throttle.delayAfter(Kind.ACCOUNT, 1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(throttle.delayAfter(Kind.ACCOUNT, 2)).isEqualTo(Duration.ofSeconds(2));
		assertThat(throttle.delayAfter(Kind.ACCOUNT, 3)).isEqualTo(Duration.ofSeconds(4));
		assertThat(throttle.delayAfter(Kind.ACCOUNT, 10)).isEqualTo(Duration.ofSeconds(512));
		assertThat(throttle.delayAfter(Kind.ACCOUNT, 11)).isEqualTo(Duration.ofMinutes(15));
		assertThat(throttle.delayAfter(Kind.ACCOUNT, 1000)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void anAddressHasTenFreeFailuresBeforeItsDelaysStart() {
		LoginThrottle throttle = throttle();
		assertThat(throttle.delayAfter(Kind.ADDRESS, 10)).isZero();
		assertThat(throttle.delayAfter(Kind.ADDRESS, 11)).isEqualTo(Duration.ofSeconds(1));
		assertThat(throttle.delayAfter(Kind.ADDRESS, 13)).isEqualTo(Duration.ofSeconds(4));
	}

	@Test
	void eachCountedFailureMakesTheNextWaitLonger() {
		LoginThrottle throttle = throttle();
		List<Key> keys = List.of(Key.account(unique()));
		Duration previous = Duration.ZERO;
		for (int i = 0; i < 6; i++) {
			assertThat(throttle.waitFor(keys)).isZero();
			Duration wait = throttle.failed(keys);
			assertThat(wait).isGreaterThan(previous);
			assertThat(throttle.waitFor(keys)).isEqualTo(wait);
			previous = wait;
			this.clock.advance(wait);
		}
		assertThat(previous).isEqualTo(Duration.ofSeconds(32));
	}

	@Test
	void twoInstancesOverTheSameDatabaseSeeTheSameFailures() {
		LoginThrottle one = throttle();
		LoginThrottle other = throttle();
		List<Key> keys = List.of(Key.account(unique()), Key.address("192.0.2.77"));
		one.failed(keys);
		other.failed(keys);
		assertThat(one.waitFor(keys)).isEqualTo(Duration.ofSeconds(2));
		assertThat(other.waitFor(keys)).isEqualTo(Duration.ofSeconds(2));
		other.succeeded(keys);
		assertThat(one.waitFor(List.of(keys.get(0)))).isZero();
	}

	@Test
	void aSuccessClearsTheAccountButNotTheAddress() {
		LoginThrottle throttle = throttle();
		Key account = Key.account(unique());
		Key address = Key.address("198.51.100." + (1 + (int) (Math.random() * 200)));
		for (int i = 0; i < 12; i++) {
			throttle.failed(List.of(Key.account(unique()), address));
		}
		assertThat(throttle.waitFor(List.of(address))).isPositive();
		throttle.succeeded(List.of(account, address));
		assertThat(throttle.waitFor(List.of(address))).isPositive();
	}

	@Test
	void failuresAreForgottenADayAfterTheLast() {
		LoginThrottle throttle = throttle();
		List<Key> keys = List.of(Key.account(unique()));
		throttle.failed(keys);
		this.clock.advance(Duration.ofSeconds(1));
		throttle.failed(keys);
		this.clock.advance(Duration.ofHours(25));
		assertThat(throttle.waitFor(keys)).isZero();
		assertThat(throttle.failed(keys)).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void theTableHoldsNeitherUsernamesNorAddresses() {
		String username = unique();
		throttle().failed(List.of(Key.account(username), Key.address("203.0.113.9")));
		assertThat(this.jdbc.sql("select throttle_key from login_throttle").query(String.class).list())
			.noneMatch(k -> k.contains(username) || k.contains("203.0.113.9"));
	}

	@Test
	void anIpv6ClientIsCountedByItsSlash64() {
		assertThat(Key.address("2001:db8:1:2:aaaa::1")).isEqualTo(Key.address("2001:db8:1:2:bbbb::99"));
		assertThat(Key.address("2001:db8:1:2::1")).isNotEqualTo(Key.address("2001:db8:1:3::1"));
	}

	private LoginThrottle throttle() {
		return new LoginThrottle(this.jdbc, new TransactionTemplate(this.transactions),
				LoginThrottleSettings.defaults(), this.clock);
	}

	private static String unique() {
		return "throttled-" + UUID.randomUUID();
	}

	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2030-01-01T00:00:00Z").plusSeconds((long) (Math.random() * 1_000_000));

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}

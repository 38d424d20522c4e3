package org.agilepmo.identity.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password login throttled by {@link LoginThrottle}. From a browser the person logged in
 * on before (a valid device cookie of theirs) only that device's failures count; from
 * anywhere else both the account's and the client address's do. An attempt made while one
 * of them still waits is refused before the password is looked at.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final DeviceCookies devices;

	ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle,
			DeviceCookies devices) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.devices = devices;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		LoginAttempt attempt = (authentication.getDetails() instanceof LoginAttempt a) ? a
				: new LoginAttempt(null, null);
		Optional<String> device = this.devices.knownDevice(attempt.deviceCookie(), username);
		List<LoginThrottle.Key> keys = device.map(nonce -> List.of(LoginThrottle.Key.device(nonce)))
			.orElseGet(() -> List.of(LoginThrottle.Key.account(username),
					LoginThrottle.Key.address(attempt.remoteAddress())));
		Duration wait = this.throttle.waitFor(keys);
		if (wait.isPositive()) {
			throw new LoginThrottledException(wait);
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.throttle.succeeded(keys);
			if (result instanceof AbstractAuthenticationToken token) {
				token.setDetails(attempt.withoutCookie());
			}
			return result;
		}
		catch (BadCredentialsException ex) {
			throw new LoginFailedException(this.throttle.failed(keys));
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** Seconds to show the person, rounded up. */
	static long seconds(Duration wait) {
		return wait.toMillis() <= 0 ? 0 : (wait.toMillis() + 999) / 1000;
	}

	/** Refused unseen: the account, the address or the device must still wait. */
	static final class LoginThrottledException extends LockedException {

		private final Duration wait;

		LoginThrottledException(Duration wait) {
			super("Too many failed logins; try again in " + seconds(wait) + " second(s)");
			this.wait = wait;
		}

		Duration waitTime() {
			return this.wait;
		}

	}

	/** A wrong username or password, and how long the next attempt must wait. */
	static final class LoginFailedException extends BadCredentialsException {

		private final Duration wait;

		LoginFailedException(Duration wait) {
			super("Wrong username or password");
			this.wait = wait;
		}

		Duration waitTime() {
			return this.wait;
		}

	}

}

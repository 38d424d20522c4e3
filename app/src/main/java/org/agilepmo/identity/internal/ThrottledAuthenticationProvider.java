package org.agilepmo.identity.internal;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Password login that refuses a username while {@link LoginThrottle} holds it back. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		Duration wait = this.throttle.waitFor(username);
		if (!wait.isZero() && !wait.isNegative()) {
			throw new LoginThrottledException(wait);
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.throttle.succeeded(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(username);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	static final class LoginThrottledException extends LockedException {

		private final Duration wait;

		LoginThrottledException(Duration wait) {
			super("Too many failed logins; try again in " + Math.max(1, wait.toMinutes()) + " minute(s)");
			this.wait = wait;
		}

		Duration waitTime() {
			return this.wait;
		}

	}

}

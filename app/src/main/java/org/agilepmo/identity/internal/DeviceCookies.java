package org.agilepmo.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Device cookies, after OWASP's "Slow Down Online Guessing Attacks with Device Cookies":
 * a browser where a person logged in successfully gets a cookie naming that person, a
 * random nonce and an expiry, signed with HMAC-SHA256. A login attempt for that person
 * from that browser is throttled on the nonce alone, so that an attacker who makes the
 * account wait for unknown browsers does not lock its owner out. The signing key is
 * {@code pmo.security.device-cookie.secret} or, when unset, one the platform makes on the
 * first successful login and keeps in {@code security_key}, so that every instance shares
 * it. The cookie is sent only to {@code /login}.
 */
class DeviceCookies {

	static final String NAME = "pmo_device";

	private static final String KEY_NAME = "device-cookie";

	private final JdbcClient jdbc;

	private final String configuredSecret;

	private final Duration lifetime;

	private final Clock clock;

	private volatile byte[] key;

	DeviceCookies(JdbcClient jdbc, String configuredSecret, Duration lifetime, Clock clock) {
		this.jdbc = jdbc;
		this.configuredSecret = (configuredSecret == null || configuredSecret.isBlank()) ? null : configuredSecret;
		this.lifetime = lifetime;
		this.clock = clock;
	}

	/** The cookie's text in the request, if any. */
	static String in(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (NAME.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

	/**
	 * The nonce of a valid, unexpired cookie issued to this person; empty for a missing,
	 * forged, expired or someone else's cookie.
	 */
	Optional<String> knownDevice(String cookie, String username) {
		if (cookie == null || username == null) {
			return Optional.empty();
		}
		String[] parts = cookie.split("\\.");
		if (parts.length != 4) {
			return Optional.empty();
		}
		byte[] signingKey = existingKey();
		if (signingKey == null) {
			return Optional.empty();
		}
		String payload = parts[0] + "." + parts[1] + "." + parts[2];
		if (!MessageDigest.isEqual(sign(signingKey, payload).getBytes(StandardCharsets.US_ASCII),
				parts[3].getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		try {
			String owner = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
			long expires = Long.parseLong(parts[2]);
			if (!owner.equals(normalise(username)) || this.clock.instant().getEpochSecond() >= expires) {
				return Optional.empty();
			}
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return Optional.of(parts[1]);
	}

	/** Sets a fresh cookie for the person on this browser (after a successful login). */
	void issue(String username, HttpServletRequest request, HttpServletResponse response) {
		String payload = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(normalise(username).getBytes(StandardCharsets.UTF_8)) + "." + TokenHashing.random(24) + "."
				+ this.clock.instant().plus(this.lifetime).getEpochSecond();
		String value = payload + "." + sign(keyForIssuing(), payload);
		ResponseCookie cookie = ResponseCookie.from(NAME, value)
			.path(request.getContextPath() + "/login")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.maxAge(this.lifetime)
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
	}

	private static String normalise(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}

	private byte[] existingKey() {
		if (this.key == null) {
			if (this.configuredSecret != null) {
				this.key = this.configuredSecret.getBytes(StandardCharsets.UTF_8);
			}
			else {
				this.jdbc.sql("select secret from security_key where name = ?")
					.param(KEY_NAME)
					.query(String.class)
					.optional()
					.ifPresent(secret -> this.key = Base64.getDecoder().decode(secret));
			}
		}
		return this.key;
	}

	private byte[] keyForIssuing() {
		byte[] existing = existingKey();
		if (existing != null) {
			return existing;
		}
		byte[] fresh = new byte[32];
		new java.security.SecureRandom().nextBytes(fresh);
		try {
			this.jdbc.sql("insert into security_key (name, secret, created_at) values (?, ?, ?)")
				.params(KEY_NAME, Base64.getEncoder().encodeToString(fresh),
						this.clock.instant().atOffset(ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// another instance made it first: use theirs
		}
		return existingKey();
	}

	private static String sign(byte[] key, String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}

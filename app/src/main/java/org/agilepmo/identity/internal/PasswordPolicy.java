package org.agilepmo.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.agilepmo.shared.RuleViolationException;

import org.springframework.stereotype.Component;

/**
 * What a new password must be, after OWASP ASVS 5.0 V6: at least 12 characters, at most
 * 128 (so any phrase of 64 characters fits), no rules about which characters, and not one
 * of the common or breached passwords the platform ships
 * ({@code identity/common-passwords.txt.gz}, see the README beside it), compared without
 * regard to case. Characters are counted as Unicode code points.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	static final String COMMON_PASSWORDS = "identity/common-passwords.txt.gz";

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/** Fails on the field {@code password}, naming the reason. */
	void check(String raw) {
		check(raw, "password");
	}

	/** Fails on the given field, naming the reason. */
	void check(String raw, String field) {
		int length = raw == null ? 0 : raw.codePointCount(0, raw.length());
		if (length < MIN_LENGTH) {
			throw new RuleViolationException(field, "account.password.tooShort",
					"password must have at least " + MIN_LENGTH + " characters", MIN_LENGTH);
		}
		if (length > MAX_LENGTH) {
			throw new RuleViolationException(field, "account.password.tooLong",
					"password must have at most " + MAX_LENGTH + " characters", MAX_LENGTH);
		}
		if (this.common.contains(raw.toLowerCase(Locale.ROOT))) {
			throw new RuleViolationException(field, "account.password.common",
					"password is one of the most common passwords; choose another");
		}
	}

	/** Only entries the length rule lets through are kept: the others can never match. */
	private static Set<String> load() {
		Set<String> passwords = new HashSet<>(16_384);
		try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
			if (in == null) {
				throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
			}
			BufferedReader lines = new BufferedReader(
					new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.codePointCount(0, line.length()) >= MIN_LENGTH) {
					passwords.add(line.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(passwords);
	}

}

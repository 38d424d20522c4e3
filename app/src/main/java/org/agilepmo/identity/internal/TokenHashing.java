package org.agilepmo.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * API tokens are long random strings, so a plain SHA-256 (not a slow password hash) is
 * enough to keep a stolen database from yielding usable tokens, and lets a request find
 * its token by index.
 */
final class TokenHashing {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"
		.toCharArray();

	static final String PREFIX = "apmo_";

	private TokenHashing() {
	}

	static String newToken() {
		return PREFIX + random(40);
	}

	static String random(int length) {
		char[] chars = new char[length];
		for (int i = 0; i < length; i++) {
			chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(chars);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	static String displayPrefix(String token) {
		return token.substring(0, Math.min(token.length(), 10));
	}

}

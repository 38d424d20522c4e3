package org.agilepmo.quality.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a webhook proves where it comes from. GitHub signs the raw body with HMAC-SHA256
 * under the hook's secret and sends {@code X-Hub-Signature-256: sha256=<hex>} (GitHub
 * Docs, "Validating webhook deliveries"); GitLab sends the secret itself in
 * {@code X-Gitlab-Token}, which is compared with the stored hash. Both comparisons take
 * the same time whatever the first differing byte.
 */
public final class Signatures {

	/** What a delivery's proof shows. */
	public enum Verdict {

		VALID, MISSING, INVALID

	}

	private Signatures() {
	}

	/** GitHub's {@code sha256=} signature of the payload under the secret. */
	public static String gitHubSignature(byte[] secret, byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(payload));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", ex);
		}
	}

	/** Checks GitHub's {@code X-Hub-Signature-256} header against the raw payload. */
	public static Verdict verifyGitHub(String secret, byte[] payload, String header) {
		if (header == null || header.isBlank()) {
			return Verdict.MISSING;
		}
		byte[] expected = gitHubSignature(secret.getBytes(StandardCharsets.UTF_8), payload)
			.getBytes(StandardCharsets.US_ASCII);
		byte[] given = header.strip().getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given) ? Verdict.VALID : Verdict.INVALID;
	}

	/** Checks GitLab's {@code X-Gitlab-Token} header against the token's stored hash. */
	public static Verdict verifyGitLab(String tokenHash, String header) {
		if (header == null || header.isEmpty()) {
			return Verdict.MISSING;
		}
		byte[] expected = HexFormat.of().parseHex(tokenHash);
		return MessageDigest.isEqual(expected, sha256(header)) ? Verdict.VALID : Verdict.INVALID;
	}

	/** The hex SHA-256 of a token, as it is stored. */
	public static String hash(String token) {
		return HexFormat.of().formatHex(sha256(token));
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}

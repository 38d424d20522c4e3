package org.agilepmo.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over the previous hash and every field of an entry. Each field is written with
 * its length first, so that no two different entries can produce the same input by moving
 * text from one field into the next.
 */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	static String of(AuditEntry e) {
		StringBuilder input = new StringBuilder(256);
		field(input, e.prevHash());
		field(input, Long.toString(e.seq()));
		field(input, e.occurredAt().toString());
		field(input, e.actorId() == null ? null : e.actorId().toString());
		field(input, e.actorName());
		field(input, e.action());
		field(input, e.entityType());
		field(input, e.entityId());
		field(input, e.classification());
		field(input, e.summary());
		field(input, e.before());
		field(input, e.after());
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(input.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private static void field(StringBuilder input, String value) {
		if (value == null) {
			input.append("-1:");
		}
		else {
			input.append(value.length()).append(':').append(value);
		}
		input.append('|');
	}

}

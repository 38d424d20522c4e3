package org.agilepmo.quality.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the secrets the platform must be able to read again (GitHub's webhook secret,
 * which it needs to compute the signature) sealed with AES-256-GCM under the key
 * {@code pmo.quality.secret-key}. Without a configured key a secret is kept as it is,
 * marked {@code plain:}, and the integrations page says so (ADR 0029).
 */
@Component
public class SecretBox {

	private static final String SEALED = "gcm:";

	private static final String PLAIN = "plain:";

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	SecretBox(@Value("${pmo.quality.secret-key:}") String configured) {
		this.key = configured == null || configured.isBlank() ? null : new SecretKeySpec(sha256(configured), "AES");
	}

	/** Whether secrets are sealed (a key is configured). */
	public boolean seals() {
		return this.key != null;
	}

	String seal(String secret) {
		if (this.key == null) {
			return PLAIN + secret;
		}
		try {
			byte[] iv = new byte[12];
			this.random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			return SEALED + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot seal a secret", ex);
		}
	}

	String open(String stored) {
		if (stored.startsWith(PLAIN)) {
			return stored.substring(PLAIN.length());
		}
		if (this.key == null) {
			throw new IllegalStateException("A sealed secret needs pmo.quality.secret-key");
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring(SEALED.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, all, 0, 12));
			return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot open a sealed secret (was the key changed?)", ex);
		}
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package org.agilepmo.quality.internal;

import java.nio.charset.StandardCharsets;

import org.agilepmo.quality.internal.Signatures.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GitHub's published example (GitHub Docs, "Validating webhook deliveries": secret "It's
 * a Secret to Everybody", payload "Hello, World!"), a tampered payload, a missing header;
 * and GitLab's token compared with its stored hash.
 */
class WebhookSignaturesTest {

	static final String SECRET = "It's a Secret to Everybody";

	static final byte[] PAYLOAD = "Hello, World!".getBytes(StandardCharsets.UTF_8);

	static final String EXPECTED = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

	@Test
	void githubsPublishedExampleSignsAsPublished() {
		assertThat(Signatures.gitHubSignature(SECRET.getBytes(StandardCharsets.UTF_8), PAYLOAD)).isEqualTo(EXPECTED);
		assertThat(Signatures.verifyGitHub(SECRET, PAYLOAD, EXPECTED)).isEqualTo(Verdict.VALID);
	}

	@Test
	void aTamperedPayloadOrAnotherSecretIsRefused() {
		assertThat(Signatures.verifyGitHub(SECRET, "Hello, World?".getBytes(StandardCharsets.UTF_8), EXPECTED))
			.isEqualTo(Verdict.INVALID);
		assertThat(Signatures.verifyGitHub("another secret", PAYLOAD, EXPECTED)).isEqualTo(Verdict.INVALID);
		assertThat(Signatures.verifyGitHub(SECRET, PAYLOAD, EXPECTED.replace("sha256=", "sha1=")))
			.isEqualTo(Verdict.INVALID);
	}

	@Test
	void aMissingSignatureIsNamedAsMissing() {
		assertThat(Signatures.verifyGitHub(SECRET, PAYLOAD, null)).isEqualTo(Verdict.MISSING);
		assertThat(Signatures.verifyGitHub(SECRET, PAYLOAD, " ")).isEqualTo(Verdict.MISSING);
	}

	@Test
	void gitlabsTokenMatchesItsStoredHashOnly() {
		String stored = Signatures.hash("gl-token-42");
		assertThat(stored).hasSize(64).doesNotContain("gl-token");
		assertThat(Signatures.verifyGitLab(stored, "gl-token-42")).isEqualTo(Verdict.VALID);
		assertThat(Signatures.verifyGitLab(stored, "gl-token-43")).isEqualTo(Verdict.INVALID);
		assertThat(Signatures.verifyGitLab(stored, null)).isEqualTo(Verdict.MISSING);
	}

	@Test
	void aSealedSecretOpensOnlyUnderItsKey() {
		SecretBox box = new SecretBox("a key for the tests");
		String sealed = box.seal(SECRET);
		assertThat(sealed).startsWith("gcm:").doesNotContain("Secret");
		assertThat(box.open(sealed)).isEqualTo(SECRET);
		SecretBox none = new SecretBox("");
		assertThat(none.seal(SECRET)).isEqualTo("plain:" + SECRET);
		assertThat(none.open("plain:" + SECRET)).isEqualTo(SECRET);
	}

}

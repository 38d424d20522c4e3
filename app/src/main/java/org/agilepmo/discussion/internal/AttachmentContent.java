package org.agilepmo.discussion.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bytes of attached files, in a {@code bytea} table in chunks of {@value #CHUNK}
 * bytes: writing reads the upload stream one chunk at a time, reading fetches one chunk
 * at a time, so that a file is never whole in memory, on PostgreSQL as on H2 (a
 * {@code bytea} value is read whole by the PostgreSQL driver, so one value per file would
 * be).
 */
@Component
class AttachmentContent {

	static final int CHUNK = 512 * 1024;

	private final JdbcClient jdbc;

	AttachmentContent(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the stream's bytes for the version, inside the caller's transaction; refuses
	 * (through {@code tooLarge}) as soon as more than {@code maxBytes} arrive, whatever
	 * size the upload claimed.
	 */
	Stored write(long versionId, InputStream in, long maxBytes, Runnable tooLarge) {
		MessageDigest sha256 = sha256();
		byte[] buffer = new byte[CHUNK];
		long total = 0;
		int seq = 0;
		try (in) {
			while (true) {
				int filled = in.readNBytes(buffer, 0, CHUNK);
				if (filled == 0) {
					break;
				}
				total += filled;
				if (total > maxBytes) {
					tooLarge.run();
				}
				sha256.update(buffer, 0, filled);
				this.jdbc.sql("insert into discussion_attachment_chunk (version_id, seq, data) values (?, ?, ?)")
					.params(versionId, seq++, (filled == CHUNK) ? buffer : Arrays.copyOf(buffer, filled))
					.update();
				if (filled < CHUNK) {
					break;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Stored(total, HexFormat.of().formatHex(sha256.digest()));
	}

	/**
	 * The version's bytes as a stream that fetches one chunk at a time as it is read; it
	 * needs no transaction (chunks are never changed once written).
	 */
	InputStream open(long versionId) {
		return new ChunkStream(this.jdbc, versionId);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Stored(long size, String sha256) {
	}

	private static final class ChunkStream extends InputStream {

		private final JdbcClient jdbc;

		private final long versionId;

		private int nextSeq;

		private byte[] chunk = new byte[0];

		private int position;

		private boolean ended;

		ChunkStream(JdbcClient jdbc, long versionId) {
			this.jdbc = jdbc;
			this.versionId = versionId;
		}

		@Override
		public int read() {
			if (!fill()) {
				return -1;
			}
			return this.chunk[this.position++] & 0xFF;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (len == 0) {
				return 0;
			}
			if (!fill()) {
				return -1;
			}
			int n = Math.min(len, this.chunk.length - this.position);
			System.arraycopy(this.chunk, this.position, b, off, n);
			this.position += n;
			return n;
		}

		private boolean fill() {
			while (this.position >= this.chunk.length) {
				if (this.ended) {
					return false;
				}
				this.chunk = this.jdbc
					.sql("select data from discussion_attachment_chunk where version_id = ? and seq = ?")
					.params(this.versionId, this.nextSeq++)
					.query(byte[].class)
					.optional()
					.orElse(null);
				this.position = 0;
				if (this.chunk == null) {
					this.chunk = new byte[0];
					this.ended = true;
				}
			}
			return true;
		}

	}

}

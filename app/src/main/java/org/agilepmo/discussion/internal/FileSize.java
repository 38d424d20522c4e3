package org.agilepmo.discussion.internal;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A number of bytes as people read it ("2.5 MB", "340 KB"), in their language: a message
 * key of the discussion bundle and the number it formats.
 */
public record FileSize(String key, double amount) {

	public static FileSize of(long bytes) {
		if (bytes >= 1024L * 1024L) {
			return new FileSize("discussion.size.mb", bytes / (1024.0 * 1024.0));
		}
		if (bytes >= 1024L) {
			return new FileSize("discussion.size.kb", bytes / 1024.0);
		}
		return new FileSize("discussion.size.bytes", bytes);
	}

	/** For a message that names the size among its arguments. */
	public MessageSourceResolvable resolvable() {
		return new DefaultMessageSourceResolvable(new String[] { this.key }, new Object[] { this.amount },
				String.format(java.util.Locale.ROOT, "%.1f", this.amount));
	}

}

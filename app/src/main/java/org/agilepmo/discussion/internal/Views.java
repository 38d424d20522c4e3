package org.agilepmo.discussion.internal;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectRef;

import org.springframework.core.io.InputStreamSource;

/** What the discussion's pages and API show and take. */
public final class Views {

	private Views() {
	}

	/** The comments and attachments of one object, as the reader may see and use them. */
	public record ThreadView(ObjectCard card, List<CommentView> comments, List<AttachmentView> attachments,
			boolean mayComment, boolean mayAttach, FileSize maxSize) {

		public ObjectRef ref() {
			return this.card.ref();
		}

	}

	/**
	 * One comment: its Markdown body and its safe HTML (both empty once removed), its
	 * author, when it was written and last edited, and the bodies it had before.
	 */
	public record CommentView(long id, long version, ObjectRef about, long authorId, String authorName,
			String authorUsername, String body, String html, Instant createdAt, Instant editedAt, boolean removed,
			List<RevisionView> revisions, boolean mayEdit, boolean mayRemove) {

		public boolean edited() {
			return this.editedAt != null;
		}

	}

	public record RevisionView(String body, Instant writtenAt, Instant replacedAt) {
	}

	/** One attached file with its versions, newest first. */
	public record AttachmentView(long id, long version, ObjectRef about, String fileName, List<VersionView> versions,
			boolean mayRemove) {

		public VersionView latest() {
			return this.versions.get(0);
		}

	}

	public record VersionView(int number, long size, FileSize sizeInWords, String contentType, String sha256,
			long uploadedById, String uploaderName, Instant uploadedAt) {
	}

	/**
	 * A file someone sends: the name the browser gave, and its bytes, read as a stream.
	 */
	public record Upload(String fileName, InputStreamSource content) {
	}

	/** A version's bytes, to be streamed to the reader, with what to say about them. */
	public record Download(String fileName, String contentType, long size, String sha256, InputStream content) {
	}

}

package org.agilepmo.discussion;

import java.nio.charset.StandardCharsets;

import org.agilepmo.discussion.internal.DiscussionService;
import org.agilepmo.discussion.internal.Views.AttachmentView;
import org.agilepmo.discussion.internal.Views.CommentView;
import org.agilepmo.discussion.internal.Views.Upload;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.ObjectRef;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.io.ByteArrayResource;

/**
 * The discussion module's public test support: comments and attached files written
 * through the module's own service, answered as ids and versions.
 */
@TestComponent
public class DiscussionFixtures {

	/** A comment's or an attachment's id and version (for If-Match). */
	public record Written(long id, long version) {
	}

	private final DiscussionService discussion;

	DiscussionFixtures(DiscussionService discussion) {
		this.discussion = discussion;
	}

	public Written comment(PersonSummary author, ObjectRef about, String body) {
		CommentView view = this.discussion.comment(about, IdentityFixtures.actor(author), body);
		return new Written(view.id(), view.version());
	}

	/** A small text file attached by the person. */
	public Written attachment(PersonSummary uploader, ObjectRef about, String fileName) {
		byte[] bytes = ("Minutes of the meeting, " + fileName).getBytes(StandardCharsets.UTF_8);
		AttachmentView view = this.discussion.upload(about, IdentityFixtures.actor(uploader),
				new Upload(fileName, new ByteArrayResource(bytes)), bytes.length);
		return new Written(view.id(), view.version());
	}

}

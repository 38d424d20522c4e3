package org.agilepmo.discussion.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment as the page's form sends it; {@code version} when it edits one. */
public class CommentForm {

	@NotBlank
	@Size(max = 20_000)
	private String body;

	private Long commentId;

	private long version;

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Long getCommentId() {
		return this.commentId;
	}

	public void setCommentId(Long commentId) {
		this.commentId = commentId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

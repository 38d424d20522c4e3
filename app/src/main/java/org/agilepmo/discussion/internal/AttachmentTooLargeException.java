package org.agilepmo.discussion.internal;

import org.agilepmo.shared.ImportLimits;
import org.agilepmo.shared.RuleViolationException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A file over the size limit: 413, naming the limit in the person's words. */
@ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
class AttachmentTooLargeException extends RuleViolationException {

	AttachmentTooLargeException(long maxBytes) {
		super("file", "discussion.attachment.tooLarge",
				"The file is larger than " + ImportLimits.inWords(maxBytes) + ", the largest file that may be attached",
				FileSize.of(maxBytes).resolvable());
	}

}

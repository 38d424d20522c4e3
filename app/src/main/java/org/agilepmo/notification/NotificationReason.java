package org.agilepmo.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why something concerns a person: the words {@link org.agilepmo.shared.Attention}
 * carries.
 */
public enum NotificationReason {

	/** Someone wrote their {@code @username} in a comment. */
	MENTION("mention"),
	/** They were given a piece of work. */
	ASSIGNMENT("assignment"),
	/** A gate item waits for their sign-off. */
	SIGN_OFF("sign-off"),
	/** A decision waits for them. */
	DECISION("decision"),
	/** A date of theirs approaches or has passed. */
	DUE("due"),
	/** Someone commented after them on an object they commented on. */
	COMMENT("comment"),
	/** Something of theirs was approved (a week of their timesheet). */
	APPROVED("approved"),
	/**
	 * Something of theirs was returned to them with a reason (a week of their timesheet).
	 */
	RETURNED("returned");

	private final String word;

	NotificationReason(String word) {
		this.word = word;
	}

	public String word() {
		return this.word;
	}

	public static Optional<NotificationReason> of(String word) {
		return Arrays.stream(values()).filter(r -> r.word.equals(word)).findFirst();
	}

}

package org.agilepmo.notification;

import java.time.Instant;

import org.agilepmo.shared.ObjectCard;

/**
 * One notification as its reader sees it: why ({@link NotificationReason}), the object's
 * card as its module shows it to the reader, who caused it (a name, or {@code null} for
 * the platform), when, and whether it was read.
 */
public record NotificationView(long id, NotificationReason reason, ObjectCard object, Long byPersonId, String byName,
		Instant createdAt, boolean read) {

	/** The message key of the reason, in the notification bundle. */
	public String reasonKey() {
		return "notification.reason." + this.reason.word();
	}

}

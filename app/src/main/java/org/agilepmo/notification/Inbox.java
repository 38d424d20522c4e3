package org.agilepmo.notification;

import java.util.List;

import org.agilepmo.shared.Actor;

/**
 * A person's notifications as other modules may show them (the home page): only those
 * about objects the person may still see, newest first.
 */
public interface Inbox {

	/** The person's latest notifications, read or not, at most {@code limit}. */
	List<NotificationView> latest(Actor actor, int limit);

	/** How many of the person's notifications are unread, among those they may see. */
	long unreadCount(Actor actor);

}

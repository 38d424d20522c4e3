package org.agilepmo.notification;

import org.agilepmo.shared.Attention;

/**
 * A way of telling a person that something concerns them. The in-app list is one; e-mail
 * will be another. Each channel is a bean; for each {@link Attention} the module hands it
 * to every channel the person keeps on for its reason (all are on until the person turns
 * one off in their settings), inside the publishing transaction. A channel that leaves
 * the platform (e-mail) must say nothing the person could not see in the platform: it
 * renders the object through the owning module's directory with the person's own rights,
 * and sends after the commit.
 */
public interface NotificationChannel {

	/** The channel's word in settings and messages: {@code in-app}, {@code email}. */
	String name();

	/** Tells the person; the reason is one the person keeps on for this channel. */
	void deliver(Attention attention, NotificationReason reason);

}

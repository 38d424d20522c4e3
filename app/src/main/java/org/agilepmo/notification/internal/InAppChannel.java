package org.agilepmo.notification.internal;

import java.time.Clock;

import org.agilepmo.notification.NotificationChannel;
import org.agilepmo.notification.NotificationReason;
import org.agilepmo.shared.Attention;

import org.springframework.stereotype.Component;

/** The list in the platform (the bell and the notifications page): one row per notice. */
@Component
class InAppChannel implements NotificationChannel {

	static final String NAME = "in-app";

	private final Notifications notifications;

	private final Clock clock = Clock.systemUTC();

	InAppChannel(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void deliver(Attention attention, NotificationReason reason) {
		this.notifications.save(new Notification(attention.personId(), reason, attention.about(),
				attention.byPersonId(), this.clock.instant()));
	}

}

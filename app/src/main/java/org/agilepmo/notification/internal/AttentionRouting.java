package org.agilepmo.notification.internal;

import java.util.List;

import org.agilepmo.notification.NotificationChannel;
import org.agilepmo.notification.NotificationReason;
import org.agilepmo.shared.Attention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands each {@link Attention} to the channels the person keeps on for its reason, in the
 * publishing transaction (a plain {@code @EventListener}), so that the notification is
 * kept exactly when the change that caused it commits. Someone is never told of what they
 * did themselves.
 */
@Component
class AttentionRouting {

	private static final Logger log = LoggerFactory.getLogger(AttentionRouting.class);

	private final List<NotificationChannel> channels;

	private final Preferences preferences;

	AttentionRouting(List<NotificationChannel> channels, Preferences preferences) {
		this.channels = channels;
		this.preferences = preferences;
	}

	@EventListener
	void on(Attention attention) {
		if (attention.byPersonId() != null && attention.byPersonId() == attention.personId()) {
			return;
		}
		NotificationReason reason = NotificationReason.of(attention.reason()).orElse(null);
		if (reason == null) {
			log.warn("Attention with a reason no notification knows: {}", attention.reason());
			return;
		}
		for (NotificationChannel channel : this.channels) {
			if (this.preferences.isOn(attention.personId(), channel.name(), reason)) {
				channel.deliver(attention, reason);
			}
		}
	}

}

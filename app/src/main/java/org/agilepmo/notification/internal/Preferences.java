package org.agilepmo.notification.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.notification.NotificationReason;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which reasons each person keeps on for each channel; everything is on by default. */
@Service
public class Preferences {

	private final NotificationPreferences preferences;

	private final AuditTrail audit;

	Preferences(NotificationPreferences preferences, AuditTrail audit) {
		this.preferences = preferences;
		this.audit = audit;
	}

	boolean isOn(long personId, String channel, NotificationReason reason) {
		return this.preferences.findByPersonId(personId)
			.stream()
			.filter(p -> p.channel().equals(channel) && p.reason().equals(reason.word()))
			.findFirst()
			.map(NotificationPreference::enabled)
			.orElse(true);
	}

	/** The person's choices for the in-app list, every reason in order. */
	@Transactional(readOnly = true)
	public Map<NotificationReason, Boolean> inApp(Actor actor) {
		return choices(actor, InAppChannel.NAME);
	}

	/** The person's choices for e-mail, every reason in order. */
	@Transactional(readOnly = true)
	public Map<NotificationReason, Boolean> email(Actor actor) {
		return choices(actor, EmailChannel.NAME);
	}

	/** Keeps the reasons named on, and turns the others off, for the in-app list. */
	@Transactional
	public Map<NotificationReason, Boolean> keepInApp(Actor actor, Set<NotificationReason> on) {
		return keep(actor, InAppChannel.NAME, on);
	}

	/** Keeps the reasons named on, and turns the others off, for e-mail. */
	@Transactional
	public Map<NotificationReason, Boolean> keepEmail(Actor actor, Set<NotificationReason> on) {
		return keep(actor, EmailChannel.NAME, on);
	}

	private Map<NotificationReason, Boolean> choices(Actor actor, String channel) {
		Map<NotificationReason, Boolean> choices = new EnumMap<>(NotificationReason.class);
		for (NotificationReason reason : NotificationReason.values()) {
			choices.put(reason, true);
		}
		this.preferences.findByPersonId(actor.id())
			.stream()
			.filter(p -> p.channel().equals(channel))
			.forEach(p -> NotificationReason.of(p.reason()).ifPresent(r -> choices.put(r, p.enabled())));
		return choices;
	}

	private Map<NotificationReason, Boolean> keep(Actor actor, String channel, Set<NotificationReason> on) {
		Map<NotificationReason, Boolean> before = choices(actor, channel);
		Map<String, NotificationPreference> stored = new LinkedHashMap<>();
		this.preferences.findByPersonId(actor.id())
			.stream()
			.filter(p -> p.channel().equals(channel))
			.forEach(p -> stored.put(p.reason(), p));
		for (NotificationReason reason : NotificationReason.values()) {
			boolean enabled = on.contains(reason);
			NotificationPreference existing = stored.get(reason.word());
			if (existing != null) {
				existing.turn(enabled);
			}
			else if (!enabled) {
				this.preferences.save(new NotificationPreference(actor.id(), channel, reason.word(), false));
			}
		}
		this.preferences.flush();
		Map<NotificationReason, Boolean> after = choices(actor, channel);
		if (!after.equals(before)) {
			this.audit.record(new AuditRecord("notification-settings.updated", "notification-settings",
					String.valueOf(actor.id()), Classification.PUBLIC, channel, before, after));
		}
		return after;
	}

}

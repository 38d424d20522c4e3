package org.agilepmo.notification.internal;

import java.util.Locale;
import java.util.Optional;

import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonContact;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.notification.NotificationChannel;
import org.agilepmo.notification.NotificationReason;
import org.agilepmo.notification.OutboundMail.Mail;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectories;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Notifications by e-mail, for the reasons a person keeps on for this channel: the object
 * is named as its module shows it to the recipient ({@code findVisible} with their own
 * rights, so an object they may not see sends nothing), in the recipient's language, with
 * a link to it; sent after the change commits. Nothing when e-mail is off or the person
 * has no address.
 */
@Component
class EmailChannel implements NotificationChannel {

	static final String NAME = "email";

	private final SmtpMail mail;

	private final People people;

	private final ObjectDirectories directories;

	private final MessageSource messages;

	private final String baseUrl;

	EmailChannel(SmtpMail mail, People people, ObjectDirectories directories, MessageSource messages,
			@Value("${pmo.mail.base-url:http://localhost:8080}") String baseUrl) {
		this.mail = mail;
		this.people = people;
		this.directories = directories;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void deliver(Attention attention, NotificationReason reason) {
		if (!this.mail.enabled()) {
			return;
		}
		Optional<PersonContact> contact = this.people.contact(attention.personId()).filter(PersonContact::reachable);
		Optional<Actor> reader = this.people.actorFor(attention.personId());
		if (contact.isEmpty() || reader.isEmpty()) {
			return;
		}
		Optional<ObjectCard> card = this.directories.findVisible(attention.about(), reader.get());
		if (card.isEmpty()) {
			return;
		}
		this.mail.sendAfterCommit(contact.get(), write(contact.get().language(), attention, reason, card.get()));
	}

	private Mail write(Locale language, Attention attention, NotificationReason reason, ObjectCard card) {
		String key = "notification.reason." + reason.word();
		String byName = (attention.byPersonId() == null) ? null
				: this.people.find(attention.byPersonId()).map(PersonSummary::displayName).orElse(null);
		String why = (byName != null) ? this.messages.getMessage(key, new Object[] { byName }, language)
				: this.messages.getMessage(key + ".platform", null, language);
		String subject = this.messages.getMessage("notification.mail.subject", new Object[] { why, card.label() },
				language);
		String text = why + " " + card.label() + "\n\n"
				+ this.messages.getMessage("notification.mail.open", null, language) + "\n" + this.baseUrl + card.link()
				+ "\n\n-- \n" + this.messages.getMessage("notification.mail.settings", null, language) + "\n"
				+ this.baseUrl + "/notifications/settings\n";
		return new Mail(subject, text);
	}

}

package org.agilepmo.notification.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.mail.internet.InternetAddress;
import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonContact;
import org.agilepmo.notification.OutboundMail;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ObjectRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mail through the SMTP server Spring Boot configures from {@code spring.mail.*}; none
 * configured, no {@link JavaMailSender} exists and e-mail is off. Messages are written in
 * the caller's transaction and handed to the server after it commits.
 */
@Service
class SmtpMail implements OutboundMail {

	private static final Logger log = LoggerFactory.getLogger(SmtpMail.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final People people;

	private final AuditTrail audit;

	private final String from;

	SmtpMail(ObjectProvider<JavaMailSender> sender, People people, AuditTrail audit,
			@Value("${pmo.mail.from:Agile PMO <no-reply@agilepmo.invalid>}") String from) {
		this.sender = sender;
		this.people = people;
		this.audit = audit;
		this.from = from;
	}

	@Override
	public boolean enabled() {
		return this.sender.getIfAvailable() != null;
	}

	@Override
	@Transactional
	public Dispatch send(ObjectRef about, Classification classification, Collection<Long> personIds,
			Function<Recipient, Mail> compose) {
		List<Long> addressed = new ArrayList<>();
		List<Long> unreachable = new ArrayList<>();
		boolean on = enabled();
		for (Long personId : new LinkedHashSet<>(personIds)) {
			Optional<PersonContact> contact = this.people.contact(personId).filter(PersonContact::reachable);
			if (contact.isEmpty()) {
				unreachable.add(personId);
				continue;
			}
			addressed.add(personId);
			if (on) {
				PersonContact person = contact.get();
				Mail mail = compose.apply(new Recipient(person.id(), person.displayName(), person.language()));
				sendAfterCommit(person, mail);
			}
		}
		if (on && !addressed.isEmpty()) {
			this.audit.record(new AuditRecord(about.kind() + ".mailed", about.kind(), String.valueOf(about.id()),
					classification, null, null, Map.of("recipients", addressed)));
		}
		return new Dispatch(List.copyOf(addressed), List.copyOf(unreachable), on);
	}

	/**
	 * Sends a message to the person once the current transaction commits (at once without
	 * one); nothing when e-mail is off.
	 */
	void sendAfterCommit(PersonContact person, Mail mail) {
		JavaMailSender smtp = this.sender.getIfAvailable();
		if (smtp == null || !person.reachable()) {
			return;
		}
		Runnable delivery = () -> deliver(smtp, person, mail);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					delivery.run();
				}
			});
		}
		else {
			delivery.run();
		}
	}

	@Override
	public Delivery deliver(Address to, Mail mail) {
		JavaMailSender smtp = this.sender.getIfAvailable();
		if (smtp == null) {
			return Delivery.off();
		}
		try {
			transmit(smtp, to, mail);
			return Delivery.ok();
		}
		catch (MailException ex) {
			log.warn("E-mail to {} could not be sent: {}", to.email(), ex.getMessage());
			return Delivery.failed(ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
		}
	}

	private void deliver(JavaMailSender smtp, PersonContact person, Mail mail) {
		try {
			transmit(smtp, new Address(person.email(), person.displayName(), person.language()), mail);
		}
		catch (MailException ex) {
			log.warn("E-mail to person {} could not be sent: {}", person.id(), ex.getMessage());
		}
	}

	private void transmit(JavaMailSender smtp, Address person, Mail mail) {
		smtp.send(message -> {
			boolean multipart = mail.html() != null || !mail.attachments().isEmpty();
			MimeMessageHelper helper = new MimeMessageHelper(message, multipart, "UTF-8");
			helper.setFrom(new InternetAddress(this.from, false));
			helper.setTo(new InternetAddress(person.email(), person.displayName(), "UTF-8"));
			helper.setSubject(mail.subject());
			if (mail.html() != null) {
				helper.setText(mail.text(), mail.html());
			}
			else {
				helper.setText(mail.text(), false);
			}
			for (Attachment attachment : mail.attachments()) {
				helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
			message.setHeader("Content-Language", person.language().toLanguageTag());
		});
	}

}

package org.agilepmo.notification;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ObjectRef;

/**
 * E-mail to people of the platform, each in their own language: a module hands the people
 * (by id) and a function that writes the message for one recipient (its subject, text and
 * attachments, e.g. a PDF from {@link org.agilepmo.shared.pdf.PdfDocuments} rendered in
 * {@link Recipient#language()}). The messages are written at once, inside the caller's
 * transaction and with its rights, and handed to the SMTP server after that transaction
 * commits: a change that rolls back sends nothing. Each sending is audited as
 * {@code <kind>.mailed} on the object it is about.
 * <p>
 * Without an SMTP host ({@code spring.mail.host}) e-mail is off: {@link #enabled()} is
 * false, nothing is sent and nothing fails. A person without an e-mail address (or with a
 * disabled account) is left out and named in the answer. A failure of the SMTP server is
 * logged; it does not undo the change that sent the message.
 */
public interface OutboundMail {

	/** Whether the platform is set up to send e-mail. */
	boolean enabled();

	/**
	 * Writes one message per person with {@code compose} and sends them after the commit.
	 * @param about the object the message is about (a status report, a project), for the
	 * audit trail
	 * @param classification how sensitive that object is (the audit entry keeps it)
	 * @param personIds the recipients
	 * @param compose the message for one recipient, in their language
	 */
	Dispatch send(ObjectRef about, Classification classification, Collection<Long> personIds,
			Function<Recipient, Mail> compose);

	/**
	 * Sends one message now, to an address the caller keeps (a distribution list's
	 * external recipient, or a person's address read from identity), and answers how it
	 * went: for a module that keeps its own record of what was sent and tries again (ADR
	 * 20). Not tied to a transaction; nothing is audited here, the caller records the
	 * outcome. When e-mail is off nothing is sent and the answer says so.
	 */
	Delivery deliver(Address to, Mail mail);

	/** Where a message goes: the address, the name shown and the language it is in. */
	record Address(String email, String displayName, Locale language) {
	}

	/**
	 * How a message went: taken by the SMTP server, or not (with the reason), or not even
	 * tried because e-mail is off.
	 */
	record Delivery(boolean sent, boolean enabled, String error) {

		public static Delivery ok() {
			return new Delivery(true, true, null);
		}

		public static Delivery failed(String error) {
			return new Delivery(false, true, error);
		}

		public static Delivery off() {
			return new Delivery(false, false, "e-mail is off");
		}

	}

	/** A person a message is written for: their name and the language they read. */
	record Recipient(long personId, String displayName, Locale language) {
	}

	/**
	 * One message: its subject, its plain text, optionally an HTML alternative (may be
	 * {@code null}), and its attachments.
	 */
	record Mail(String subject, String text, String html, List<Attachment> attachments) {

		public Mail {
			if (subject == null || subject.isBlank() || text == null) {
				throw new IllegalArgumentException("A message needs a subject and a text");
			}
			attachments = (attachments == null) ? List.of() : List.copyOf(attachments);
		}

		public Mail(String subject, String text) {
			this(subject, text, null, List.of());
		}

	}

	/**
	 * A file attached to a message, e.g.
	 * {@code new Attachment("report.pdf", "application/pdf", bytes)}.
	 */
	record Attachment(String fileName, String contentType, byte[] content) {
	}

	/**
	 * Who the messages were written for ({@code addressed}: sent after the commit when
	 * e-mail is on) and who could not be reached (no address, disabled account, unknown).
	 */
	record Dispatch(List<Long> addressed, List<Long> unreachable, boolean enabled) {
	}

}

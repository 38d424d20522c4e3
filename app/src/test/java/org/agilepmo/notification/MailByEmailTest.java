package org.agilepmo.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.notification.OutboundMail.Attachment;
import org.agilepmo.notification.OutboundMail.Dispatch;
import org.agilepmo.notification.OutboundMail.Mail;
import org.agilepmo.notification.internal.Preferences;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.SampleObjects;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.shared.pdf.PdfDocuments;
import org.agilepmo.testsupport.PmoTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail through a real SMTP server on loopback (GreenMail), each message parsed back: a
 * module's message with a PDF reaches each person in their own language, a change that
 * rolls back sends nothing, and notifications go by e-mail for the reasons a person keeps
 * on, only about what they may see.
 */
@PmoTest
class MailByEmailTest {

	static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	static {
		SMTP.start();
	}

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
		properties.add("pmo.mail.from", () -> "Agile PMO <pmo@example.org>");
		properties.add("pmo.mail.base-url", () -> "https://pmo.example.org/");
	}

	@AfterAll
	static void stop() {
		SMTP.stop();
	}

	@Autowired
	IdentityFixtures identity;

	@Autowired
	NotificationFixtures notify;

	@Autowired
	SampleObjects objects;

	@Autowired
	OutboundMail mail;

	@Autowired
	PdfDocuments documents;

	@Autowired
	MessageSource messages;

	@Autowired
	Preferences preferences;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeEach
	void emptyMailbox() throws Exception {
		SMTP.purgeEmailFromAllMailboxes();
	}

	@Test
	void aReportReachesEachPersonInTheirLanguageWithThePdfAttached() throws Exception {
		PersonSummary amelie = this.identity.reachablePerson("amelie", "amelie@example.org", Locale.FRENCH,
				ScreeningLevel.BASIC);
		PersonSummary omar = this.identity.reachablePerson("omar", "omar@example.org", Locale.of("ar"),
				ScreeningLevel.BASIC);
		PersonSummary nobody = this.identity.person("no-address", ScreeningLevel.BASIC);

		Dispatch dispatch = new TransactionTemplate(this.transactions)
			.execute(status -> this.mail.send(new ObjectRef("sample-object", 7), Classification.PUBLIC,
					List.of(amelie.id(), omar.id(), nobody.id()), recipient -> {
						String produced = this.messages.getMessage("documents.generated", new Object[] { "30/06/2027" },
								recipient.language());
						byte[] pdf = this.documents.render("documents-test/specimen", model(produced),
								recipient.language());
						return new Mail(produced, produced + "\n", null,
								List.of(new Attachment("report.pdf", "application/pdf", pdf)));
					}));

		assertThat(dispatch.enabled()).isTrue();
		assertThat(dispatch.addressed()).containsExactly(amelie.id(), omar.id());
		assertThat(dispatch.unreachable()).containsExactly(nobody.id());
		assertThat(SMTP.waitForIncomingEmail(10_000, 2)).as("two messages arrived").isTrue();
		Map<String, MimeMessage> byRecipient = byRecipient(SMTP.getReceivedMessages());
		assertThat(byRecipient).containsOnlyKeys("amelie@example.org", "omar@example.org");

		MimeMessage french = byRecipient.get("amelie@example.org");
		assertThat(french.getSubject()).isEqualTo("Établi le 30/06/2027");
		assertThat(((InternetAddress) french.getFrom()[0]).getAddress()).isEqualTo("pmo@example.org");
		assertThat(french.getHeader("Content-Language")).containsExactly("fr");
		assertThat(pdfText(french)).contains("Établi le 30/06/2027").contains("Rapport mensuel");

		MimeMessage arabic = byRecipient.get("omar@example.org");
		assertThat(arabic.getSubject()).isEqualTo("أُعدّ في 30/06/2027");
		assertThat(pdfText(arabic)).contains("أُعدّ في").contains("30/06/2027");
	}

	@Test
	void aChangeThatRollsBackSendsNothing() throws Exception {
		PersonSummary amelie = this.identity.reachablePerson("amelie", "amelie-2@example.org", Locale.FRENCH,
				ScreeningLevel.BASIC);
		PersonSummary carlos = this.identity.reachablePerson("carlos", "carlos@example.org", Locale.of("es"),
				ScreeningLevel.BASIC);

		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			this.mail.send(new ObjectRef("sample-object", 8), Classification.PUBLIC, List.of(amelie.id()),
					recipient -> new Mail("rolled back", "never sent"));
			status.setRollbackOnly();
		});
		new TransactionTemplate(this.transactions)
			.executeWithoutResult(status -> this.mail.send(new ObjectRef("sample-object", 8), Classification.PUBLIC,
					List.of(carlos.id()), recipient -> new Mail("kept", "sent")));

		assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
		assertThat(SMTP.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("kept");
	}

	@Test
	void aNotificationGoesByEmailInTheReadersLanguageForTheReasonsTheyKeepOn() throws Exception {
		PersonSummary amelie = this.identity.reachablePerson("amelie", "amelie-3@example.org", Locale.FRENCH,
				ScreeningLevel.BASIC);
		PersonSummary author = this.identity.person("author", ScreeningLevel.BASIC);
		ObjectRef checklist = this.objects.object("Liste de mise en service", amelie.id(), author.id());
		ObjectRef hidden = this.objects.object("Dossier caché", author.id());
		this.preferences.keepEmail(IdentityFixtures.actor(amelie),
				EnumSet.complementOf(EnumSet.of(NotificationReason.DUE)));

		this.notify.attention(amelie.id(), checklist, "due", null);
		this.notify.attention(amelie.id(), hidden, "mention", author.id());
		this.notify.attention(amelie.id(), checklist, "mention", author.id());

		assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage[] received = SMTP.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage message = received[0];
		assertThat(message.getSubject()).isEqualTo("[Agile PMO] " + author.displayName() + " vous a mentionné dans S-"
				+ checklist.id() + " · Liste de mise en service");
		assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(a -> ((InternetAddress) a).getAddress())
			.containsExactly("amelie-3@example.org");
		assertThat((String) message.getContent()).contains("https://pmo.example.org/samples/" + checklist.id())
			.contains("https://pmo.example.org/notifications/settings");
	}

	private static Map<String, Object> model(String produced) {
		Map<String, Object> rows = new LinkedHashMap<>();
		rows.put("Budget", 1250.5);
		return Map.of("title", "Rapport mensuel", "note", produced, "day", LocalDate.of(2027, 6, 30), "rows",
				rows.entrySet(), "itemHeader", "Item", "valueHeader", "Value");
	}

	private static Map<String, MimeMessage> byRecipient(MimeMessage[] messages) throws Exception {
		Map<String, MimeMessage> found = new LinkedHashMap<>();
		for (MimeMessage message : messages) {
			for (Address to : message.getRecipients(Message.RecipientType.TO)) {
				found.put(((InternetAddress) to).getAddress(), message);
			}
		}
		return found;
	}

	private static String pdfText(MimeMessage message) throws Exception {
		List<BodyPart> pdfs = new ArrayList<>();
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				assertThat(part.getContentType()).startsWith("application/pdf");
				assertThat(part.getFileName()).isEqualTo("report.pdf");
				pdfs.add(part);
			}
		}
		assertThat(pdfs).as("one PDF attached").hasSize(1);
		try (InputStream in = pdfs.get(0).getInputStream(); PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
			return new PDFTextStripper().getText(pdf);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package org.agilepmo.reporting.web;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.reporting.ReportingFixtures;
import org.agilepmo.reporting.internal.DistributionDispatcher;
import org.agilepmo.reporting.internal.DistributionList;
import org.agilepmo.reporting.internal.DistributionList.Scope;
import org.agilepmo.reporting.internal.DistributionMessage;
import org.agilepmo.reporting.internal.DistributionService;
import org.agilepmo.reporting.internal.StatusReportService;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Published status reports reach the people on the distribution lists, each message
 * parsed back from a real SMTP server: in the reader's language with the report's PDF in
 * that language, never to someone who may not see the project, recorded on the report's
 * page; the weekly digest goes out once at its day and time, however often the job runs.
 */
class PublishedReportsReachTheirReadersTest extends AtASetTimeWithMail {

	/** Monday 7 December 2026, 10:00 in Paris. */
	static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");

	@Autowired
	SettableClock clock;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	ReportingFixtures reporting;

	@Autowired
	DistributionService distribution;

	@Autowired
	DistributionDispatcher dispatcher;

	@Autowired
	StatusReportService reports;

	@Autowired
	AuditTrail audit;

	@Autowired
	MockMvc mvc;

	PersonSummary pmo;

	PersonSummary amelie;

	PersonSummary omar;

	PersonSummary bruno;

	PortfolioScene.ProjectRef project;

	String amelieAddress = unique("amelie");

	String omarAddress = unique("omar");

	String donorAddress = unique("donor");

	String brunoAddress = unique("bruno");

	long portfolioId;

	@BeforeEach
	void aProjectWithReadersInFrenchAndArabicAndOneWhoLosesAccess() throws Exception {
		SMTP.purgeEmailFromAllMailboxes();
		this.clock.set(MONDAY);
		PortfolioScene scene = this.portfolios.scene();
		this.pmo = scene.officer();
		this.portfolioId = scene.portfolio().id();
		this.project = scene.project(this.portfolioId, Classification.PUBLIC);
		this.amelie = this.people.reachablePerson("amelie", this.amelieAddress, Locale.FRENCH, ScreeningLevel.ENHANCED);
		this.omar = this.people.reachablePerson("omar", this.omarAddress, Locale.of("ar"), ScreeningLevel.ENHANCED);
		this.bruno = this.people.reachablePerson("bruno", this.brunoAddress, Locale.FRENCH, ScreeningLevel.NONE);
		for (PersonSummary reader : List.of(this.amelie, this.omar, this.bruno)) {
			scene.giveProjectRole(this.project.id(), reader, ProjectRole.VIEWER);
		}
		Scope projectList = Scope.ofProject(this.project.id());
		for (PersonSummary reader : List.of(this.amelie, this.omar, this.bruno)) {
			this.people.actingAs(this.pmo, () -> this.distribution.addPerson(IdentityFixtures.actor(this.pmo),
					projectList, etag(projectList), reader.id()));
		}
		this.people.actingAs(this.pmo, () -> this.distribution.schedule(IdentityFixtures.actor(this.pmo), projectList,
				etag(projectList), new DistributionList.Schedule(true, DayOfWeek.MONDAY, "07:00", "Europe/Paris")));
		Scope portfolioList = Scope.ofPortfolio(this.portfolioId);
		this.people.actingAs(this.pmo, () -> this.distribution.addExternal(IdentityFixtures.actor(this.pmo),
				portfolioList, etag(portfolioList), this.donorAddress, "Donante", "es"));
		scene.classify(this.project.id(), Classification.RESTRICTED);
		SMTP.purgeEmailFromAllMailboxes();
	}

	@Test
	void aPublishedReportReachesEachReaderInTheirLanguageAndNobodyWhoMayNotSeeIt() throws Exception {
		this.clock.set(MONDAY.plusSeconds(1800));
		long id = this.reporting.published(this.pmo, this.project.id(), LocalDate.of(2026, 11, 30));

		assertThat(SMTP.waitForIncomingEmail(20_000, 3)).as("three messages arrived").isTrue();
		Map<String, MimeMessage> received = byRecipient(SMTP.getReceivedMessages());
		assertThat(received).containsOnlyKeys(this.amelieAddress, this.omarAddress, this.donorAddress);

		MimeMessage french = received.get(this.amelieAddress);
		assertThat(french.getSubject())
			.isEqualTo(this.project.code() + " · rapport d'avancement de la période close le 30 nov. 2026");
		assertThat(french.getHeader("Content-Language")).containsExactly("fr");
		assertThat(body(french)).startsWith("Bonjour " + this.amelie.displayName())
			.contains("Le PMO a publié ce rapport d'avancement")
			.contains("https://pmo.example.org/status-reports/" + id);
		assertThat(pdfText(french)).contains("Rapport d'avancement · " + this.project.code()).contains("Santé");

		MimeMessage arabic = received.get(this.omarAddress);
		assertThat(arabic.getSubject()).startsWith(this.project.code() + " · تقرير الحالة للفترة المنتهية في");
		assertThat(pdfText(arabic)).contains("تقرير الحالة").contains(this.project.code());

		MimeMessage spanish = received.get(this.donorAddress);
		assertThat(spanish.getSubject()).contains("informe de situación");
		assertThat(pdfText(spanish)).contains("Informe de situación");

		List<DistributionMessage> sends = this.people.actingAs(this.pmo, () -> this.distribution
			.sendsOf(IdentityFixtures.actor(this.pmo), this.reports.get(IdentityFixtures.actor(this.pmo), id)));
		assertThat(sends).extracting(DistributionMessage::status)
			.containsOnly(DistributionMessage.Status.SENT)
			.hasSize(3);
		assertThat(sends).extracting(DistributionMessage::personId).doesNotContain(this.bruno.id());
		assertThat(this.audit
			.browse(ScreeningLevel.ENHANCED, new AuditQuery("status-report", String.valueOf(id), null, 0, 50))
			.stream()
			.filter(e -> e.action().equals("status-report.mailed"))
			.count()).isEqualTo(3);
		this.mvc.perform(get("/status-reports/" + id).with(this.people.as(this.pmo)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"sends-table\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(this.amelieAddress)));
	}

	@Test
	void theWeeklyDigestGoesOutOnceAtItsDayAndTimeInTheListsTimeZone() throws Exception {
		this.clock.set(MONDAY.plusSeconds(1800));
		long id = this.reporting.published(this.pmo, this.project.id(), LocalDate.of(2026, 11, 30));
		assertThat(SMTP.waitForIncomingEmail(20_000, 3)).isTrue();
		SMTP.purgeEmailFromAllMailboxes();

		this.clock.set(Instant.parse("2026-12-14T05:59:00Z"));
		assertThat(this.dispatcher.sendDigests()).as("06:59 in Paris: not yet").isZero();

		this.clock.set(Instant.parse("2026-12-14T06:00:30Z"));
		assertThat(this.dispatcher.sendDigests()).as("07:00 in Paris: at least the two who still see the project")
			.isGreaterThanOrEqualTo(2);
		assertThat(this.dispatcher.sendDigests()).as("the job running again writes nothing").isZero();
		this.clock.set(Instant.parse("2026-12-14T09:00:00Z"));
		assertThat(this.dispatcher.sendDigests()).as("later the same day").isZero();
		this.dispatcher.sendDue();

		List<String> to = new ArrayList<>();
		for (MimeMessage message : SMTP.getReceivedMessages()) {
			for (Address address : message.getRecipients(Message.RecipientType.TO)) {
				to.add(((InternetAddress) address).getAddress());
			}
		}
		assertThat(to).as("one digest each, none for who lost access, none to the portfolio's list")
			.containsOnlyOnce(this.amelieAddress, this.omarAddress)
			.doesNotContain(this.brunoAddress, this.donorAddress);
		Map<String, MimeMessage> received = byRecipient(SMTP.getReceivedMessages());
		MimeMessage french = received.get(this.amelieAddress);
		assertThat(french.getSubject()).isEqualTo("Rapports d'avancement publiés du 7 déc. 2026 au 14 déc. 2026");
		assertThat(pdfText(french)).contains("Rapport d'avancement · " + this.project.code());
		assertThat(this.people.actingAs(this.pmo,
				() -> this.distribution.sendsOf(IdentityFixtures.actor(this.pmo),
						this.reports.get(IdentityFixtures.actor(this.pmo), id))))
			.filteredOn(DistributionMessage::isDigest)
			.hasSize(2);
	}

	private long etag(Scope scope) {
		return this.people.actingAs(this.pmo,
				() -> this.distribution.of(IdentityFixtures.actor(this.pmo), scope).etag());
	}

	private static String unique(String prefix) {
		return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	/**
	 * The messages that carry a report (notifications by e-mail carry none), by
	 * recipient.
	 */
	private static Map<String, MimeMessage> byRecipient(MimeMessage[] messages) throws Exception {
		Map<String, MimeMessage> found = new LinkedHashMap<>();
		for (MimeMessage message : messages) {
			if (!(message.getContent() instanceof Multipart)) {
				continue;
			}
			for (Address to : message.getRecipients(Message.RecipientType.TO)) {
				found.put(((InternetAddress) to).getAddress(), message);
			}
		}
		return found;
	}

	private static String body(MimeMessage message) throws Exception {
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (!Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getContent() instanceof String text) {
				return text;
			}
			if (part.getContent() instanceof Multipart inner) {
				return (String) inner.getBodyPart(0).getContent();
			}
		}
		throw new AssertionError("no text part");
	}

	private static String pdfText(MimeMessage message) throws Exception {
		List<BodyPart> pdfs = new ArrayList<>();
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				assertThat(part.getContentType()).startsWith("application/pdf");
				pdfs.add(part);
			}
		}
		assertThat(pdfs).as("one PDF attached").hasSize(1);
		try (InputStream in = pdfs.get(0).getInputStream(); PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
			return new PDFTextStripper().getText(pdf);
		}
	}

}

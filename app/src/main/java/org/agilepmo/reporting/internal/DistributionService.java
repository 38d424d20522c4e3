package org.agilepmo.reporting.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.PersonContact;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.notification.OutboundMail;
import org.agilepmo.portfolio.PortfolioCatalogue;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.reporting.internal.DistributionList.Schedule;
import org.agilepmo.reporting.internal.DistributionList.Scope;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.shared.Versioned;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The distribution of published status reports: the lists the PMO keeps (people who must
 * see the project, and external addresses the PMO names, each change audited), the
 * messages written when a report is published or a list's weekly digest falls due (one
 * per recipient and occasion, only to people who may see the project), and each message's
 * sending, in the recipient's language with the reports' PDFs in that language, tried
 * again after a failure.
 */
@Service
public class DistributionService {

	static final String ENTITY = "distribution-list";

	private final DistributionLists lists;

	private final DistributionMessages messages;

	private final StatusReports reports;

	private final ReportingAccess access;

	private final PortfolioCatalogue portfolios;

	private final ReportDocuments documents;

	private final OutboundMail mail;

	private final MessageSource texts;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final ReportingClock clock;

	private final String defaultZone;

	private final Duration firstRetry;

	private final int maxAttempts;

	private final String baseUrl;

	DistributionService(DistributionLists lists, DistributionMessages messages, StatusReports reports,
			ReportingAccess access, PortfolioCatalogue portfolios, ReportDocuments documents, OutboundMail mail,
			MessageSource texts, AuditTrail audit, ApplicationEventPublisher events, ReportingClock clock,
			@Value("${pmo.risk.time-zone:UTC}") String defaultZone,
			@Value("${pmo.reporting.distribution.first-retry:1m}") Duration firstRetry,
			@Value("${pmo.reporting.distribution.max-attempts:6}") int maxAttempts,
			@Value("${pmo.mail.base-url:http://localhost:8080/}") String baseUrl) {
		this.lists = lists;
		this.messages = messages;
		this.reports = reports;
		this.access = access;
		this.portfolios = portfolios;
		this.documents = documents;
		this.mail = mail;
		this.texts = texts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.defaultZone = defaultZone;
		this.firstRetry = firstRetry;
		this.maxAttempts = maxAttempts;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	// ---- the lists

	/**
	 * A list as the PMO sees it: the defaults when none is stored (nothing is written).
	 */
	@Transactional(readOnly = true)
	public DistributionList of(Actor actor, Scope scope) {
		pmo(actor, scope);
		return find(scope).orElseGet(() -> new DistributionList(scope, this.defaultZone, this.clock.now()));
	}

	private Optional<DistributionList> find(Scope scope) {
		return scope.portfolio() ? this.lists.findByPortfolioId(scope.id()) : this.lists.findByProjectId(scope.id());
	}

	/**
	 * The PMO keeps the lists: 404 for a portfolio or project the person does not see,
	 * 403 for others. Answers the project's classification (none for a portfolio).
	 */
	private Classification pmo(Actor actor, Scope scope) {
		if (!scope.portfolio()) {
			return this.access.pmo(actor, scope.id()).classification();
		}
		this.portfolios.findVisiblePortfolio(scope.id(), actor)
			.orElseThrow(() -> new NotFoundException("portfolio", scope.id()));
		if (!this.access.isPmo(actor)) {
			throw new AccessDeniedException("only the PMO keeps the distribution lists");
		}
		return null;
	}

	@Transactional
	public DistributionList schedule(Actor actor, Scope scope, long expectedVersion, Schedule schedule) {
		return change(actor, scope, expectedVersion, "updated", list -> list.schedule(schedule, this.clock.now()));
	}

	/** Adds a person of the platform, who must see the portfolio or the project. */
	@Transactional
	public DistributionList addPerson(Actor actor, Scope scope, long expectedVersion, Long personId) {
		if (personId == null) {
			throw new RuleViolationException("personId", "reporting.error.required", "is required");
		}
		PersonSummary person = this.access.person(personId)
			.orElseThrow(() -> new RuleViolationException("personId", "reporting.error.unknownPerson",
					"there is no such person"));
		Actor reader = ReportingAccess.asActor(person);
		boolean sees = scope.portfolio() ? this.portfolios.findVisiblePortfolio(scope.id(), reader).isPresent()
				: this.access.find(reader, scope.id()).isPresent();
		if (!sees) {
			throw new RuleViolationException("personId", "reporting.error.recipientCannotSee",
					"this person does not see it: give them a role first");
		}
		return change(actor, scope, expectedVersion, "recipient-added",
				list -> list.addPerson(personId, actor.id(), this.clock.now()));
	}

	/** Adds an external address, named by the PMO, with the language its reader reads. */
	@Transactional
	public DistributionList addExternal(Actor actor, Scope scope, long expectedVersion, String email, String name,
			String language) {
		return change(actor, scope, expectedVersion, "recipient-added",
				list -> list.addExternal(email, name, language, actor.id(), this.clock.now()));
	}

	@Transactional
	public DistributionList remove(Actor actor, Scope scope, long expectedVersion, long recipientId) {
		return change(actor, scope, expectedVersion, "recipient-removed", list -> list.remove(recipientId));
	}

	private DistributionList change(Actor actor, Scope scope, long expectedVersion, String verb,
			java.util.function.Consumer<DistributionList> change) {
		Classification classification = pmo(actor, scope);
		DistributionList list = find(scope).orElse(null);
		Map<String, Object> before = null;
		if (list == null) {
			Versioned.check(ENTITY, scope.id(), expectedVersion, 0);
			list = new DistributionList(scope, this.defaultZone, this.clock.now());
		}
		else {
			Versioned.check(ENTITY, list.id(), expectedVersion, list.etag());
			before = list.state();
		}
		change.accept(list);
		try {
			list = this.lists.saveAndFlush(list);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(ENTITY, scope.id(), expectedVersion, expectedVersion + 1);
		}
		this.audit.record(new AuditRecord(ENTITY + "." + verb, ENTITY, String.valueOf(list.id()), classification, null,
				before, list.state()));
		return list;
	}

	/**
	 * What the list is of, named for its page: the portfolio's name, or the project's
	 * code and name.
	 */
	@Transactional(readOnly = true)
	public String nameOf(Actor actor, Scope scope) {
		if (scope.portfolio()) {
			return this.portfolios.findVisiblePortfolio(scope.id(), actor)
				.map(p -> p.name())
				.orElseThrow(() -> new NotFoundException("portfolio", scope.id()));
		}
		ProjectSummary project = this.access.visible(actor, scope.id());
		return project.code() + " · " + project.name();
	}

	/**
	 * The people who may be added: those who see the portfolio or project and are not
	 * listed.
	 */
	@Transactional(readOnly = true)
	public List<PersonSummary> candidates(Actor actor, Scope scope) {
		DistributionList list = of(actor, scope);
		Set<Long> listed = new java.util.HashSet<>();
		list.recipients().stream().filter(DistributionRecipient::isPerson).forEach(r -> listed.add(r.personId()));
		return this.access.enabledPeople()
			.stream()
			.filter(p -> !listed.contains(p.id()))
			.filter(p -> scope.portfolio()
					? this.portfolios.findVisiblePortfolio(scope.id(), ReportingAccess.asActor(p)).isPresent()
					: this.access.find(ReportingAccess.asActor(p), scope.id()).isPresent())
			.toList();
	}

	/** Names of the people on a list, for showing it. */
	public Map<Long, String> names(DistributionList list) {
		Map<Long, String> names = new LinkedHashMap<>();
		list.recipients()
			.stream()
			.filter(DistributionRecipient::isPerson)
			.forEach(r -> names.put(r.personId(), this.access.nameOf(r.personId())));
		return names;
	}

	// ---- writing the messages

	/**
	 * A report was published: one message for each recipient of the project's and the
	 * portfolio's lists that send at publication (once per recipient), in the publishing
	 * transaction; they are sent after it commits.
	 */
	@EventListener
	@Transactional
	public void on(StatusReportService.ReportPublished event) {
		this.reports.findById(event.reportId()).ifPresent(this::published);
	}

	int published(StatusReport report) {
		if (!this.mail.enabled()) {
			return 0;
		}
		int written = 0;
		Set<String> seen = new LinkedHashSet<>();
		for (Scope scope : List.of(Scope.ofProject(report.projectId()), Scope.ofPortfolio(report.portfolioId()))) {
			Optional<DistributionList> list = find(scope).filter(DistributionList::onPublish);
			if (list.isPresent()) {
				written += write(list.get(), "report:" + report.id(), List.of(report), seen);
			}
		}
		if (written > 0) {
			this.events.publishEvent(new DistributionQueued(written));
		}
		return written;
	}

	/**
	 * Writes the digest of one list if it is due at {@code now} (the reports of its
	 * projects published in the week before the digest's instant), and marks it sent so
	 * that a second run, here or on another instance, writes nothing: the list's version
	 * lets one run through, and each message is unique per digest and recipient.
	 */
	@Transactional
	public int digest(long listId, Instant now) {
		DistributionList list = this.lists.findById(listId).orElse(null);
		if (list == null) {
			return 0;
		}
		Optional<Instant> due = list.digestDue(now);
		if (due.isEmpty()) {
			return 0;
		}
		Instant slot = due.get();
		List<StatusReport> published = this.reports
			.findByStatusAndPublishedAtGreaterThanEqualAndPublishedAtLessThanOrderByPublishedAtAsc(
					ReportStatus.PUBLISHED, list.digestFrom(slot), slot)
			.stream()
			.filter(r -> list.scope().portfolio() ? r.portfolioId() == list.scope().id()
					: r.projectId() == list.scope().id())
			.toList();
		list.digestSent(slot);
		this.lists.saveAndFlush(list);
		int written = this.mail.enabled() && !published.isEmpty()
				? write(list, "digest:" + list.id() + ":" + slot, published, new LinkedHashSet<>()) : 0;
		if (written > 0) {
			this.events.publishEvent(new DistributionQueued(written));
		}
		return written;
	}

	/** The lists that have a digest. */
	@Transactional(readOnly = true)
	public List<Long> listsWithDigest() {
		return this.lists.findByDigestDayIsNotNull().stream().map(DistributionList::id).toList();
	}

	private int write(DistributionList list, String occasion, List<StatusReport> published, Set<String> seen) {
		int written = 0;
		Instant now = this.clock.now();
		for (DistributionRecipient r : list.recipients()) {
			if (!seen.add(r.key()) || this.messages.existsByOccasionAndRecipient(occasion, r.key())) {
				continue;
			}
			Set<Long> ids = new LinkedHashSet<>();
			String email = r.email();
			String name = r.displayName();
			String language = r.language();
			if (r.isPerson()) {
				Optional<Actor> reader = this.access.actorOf(r.personId());
				for (StatusReport report : published) {
					if (reader.isPresent() && this.access.find(reader.get(), report.projectId()).isPresent()) {
						ids.add(report.id());
					}
				}
				if (ids.isEmpty()) {
					continue;
				}
				Optional<PersonContact> contact = this.access.contact(r.personId());
				email = contact.filter(PersonContact::reachable).map(PersonContact::email).orElse(null);
				name = contact.map(PersonContact::displayName).orElse(this.access.nameOf(r.personId()));
				language = contact.map(c -> language(c.language())).orElse("en");
			}
			else {
				published.forEach(report -> ids.add(report.id()));
			}
			DistributionMessage m = new DistributionMessage(list.id(), occasion, r.key(), r.personId(), email, name,
					language, ids, now);
			if (email == null) {
				m.skipped("no e-mail address");
			}
			this.messages.save(m);
			written++;
		}
		this.messages.flush();
		return written;
	}

	private static String language(Locale locale) {
		String language = locale == null ? "en" : locale.getLanguage();
		return DistributionList.LANGUAGES.contains(language) ? language : "en";
	}

	// ---- sending

	/** The messages due to be sent (again) now. */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	public List<Long> due() {
		return this.messages.findDue(this.clock.now());
	}

	/**
	 * A message ready to hand to the SMTP server, with the version it was written from.
	 */
	public record Outgoing(long messageId, long version, OutboundMail.Address to, OutboundMail.Mail mail) {
	}

	/**
	 * Writes a due message in its recipient's language, with each report's PDF in that
	 * language, rendered with the recipient's rights (an external address: the PMO's
	 * choice, with the platform's). Empty when the message is no longer due; a person who
	 * no longer sees any of its projects gets nothing and the message says so.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<Outgoing> compose(long messageId) {
		DistributionMessage m = this.messages.findById(messageId).orElse(null);
		if (m == null || m.status() != DistributionMessage.Status.PENDING) {
			return Optional.empty();
		}
		Actor reader = ReportingAccess.PLATFORM;
		if (m.personId() != null) {
			Optional<Actor> person = this.access.actorOf(m.personId());
			if (person.isEmpty()) {
				m.skipped("no such person");
				return Optional.empty();
			}
			reader = person.get();
		}
		Locale locale = Locale.forLanguageTag(m.language());
		List<StatusReport> included = new ArrayList<>();
		for (long id : m.reportIds()) {
			StatusReport report = this.reports.findById(id).orElse(null);
			if (report != null && this.access.find(reader, report.projectId()).isPresent()) {
				included.add(report);
			}
		}
		if (included.isEmpty()) {
			m.skipped("may no longer see the project");
			return Optional.empty();
		}
		included.sort(java.util.Comparator.comparing(StatusReport::publishedAt));
		List<OutboundMail.Attachment> pdfs = new ArrayList<>();
		List<String> lines = new ArrayList<>();
		for (StatusReport report : included) {
			ReportDocuments.Document pdf = this.documents.pdf(reader, report.id(), locale);
			pdfs.add(new OutboundMail.Attachment(pdf.fileName(), "application/pdf", pdf.bytes()));
			ProjectSummary project = this.access.visible(reader, report.projectId());
			lines.add(text("reporting.mail.line", locale, project.code(), project.name(),
					date(report.periodEnd(), locale), text("health." + report.overall().name(), locale),
					this.baseUrl + "/status-reports/" + report.id()));
		}
		String greeting = text("reporting.mail.greeting", locale, m.displayName() == null ? "" : m.displayName());
		OutboundMail.Mail mail;
		if (m.isDigest()) {
			String rest = m.occasion().substring("digest:".length());
			Instant slot = Instant.parse(rest.substring(rest.indexOf(':') + 1));
			ZoneId zone = this.lists.findById(m.listId())
				.map(l -> ZoneId.of(l.timeZone()))
				.orElse(ZoneId.of(this.defaultZone));
			LocalDate to = slot.atZone(zone).toLocalDate();
			String subject = text("reporting.mail.digest.subject", locale, date(to.minusWeeks(1), locale),
					date(to, locale));
			mail = new OutboundMail.Mail(
					subject, greeting + "\n\n" + text("reporting.mail.digest.text", locale) + "\n\n"
							+ String.join("\n", lines) + "\n\n" + text("reporting.mail.signature", locale) + "\n",
					null, pdfs);
		}
		else {
			StatusReport report = included.get(0);
			ProjectSummary project = this.access.visible(reader, report.projectId());
			String subject = text("reporting.mail.subject", locale, project.code(), date(report.periodEnd(), locale));
			mail = new OutboundMail.Mail(subject, greeting + "\n\n" + text("reporting.mail.text", locale) + "\n\n"
					+ String.join("\n", lines) + "\n\n" + text("reporting.mail.signature", locale) + "\n", null, pdfs);
		}
		return Optional
			.of(new Outgoing(m.id(), m.version(), new OutboundMail.Address(m.email(), m.displayName(), locale), mail));
	}

	/**
	 * How sending went: sent (audited on each report as {@code status-report.mailed}), or
	 * failed and tried again later, or given up.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(long messageId, long version, OutboundMail.Delivery delivery) {
		DistributionMessage m = this.messages.findById(messageId).orElse(null);
		if (m == null || m.version() != version || m.status() != DistributionMessage.Status.PENDING) {
			return;
		}
		Instant now = this.clock.now();
		if (delivery.sent()) {
			m.sent(now);
			for (long id : m.reportIds()) {
				Classification classification = this.reports.findById(id)
					.flatMap(r -> this.access.find(ReportingAccess.PLATFORM, r.projectId()))
					.map(ProjectSummary::classification)
					.orElse(null);
				Map<String, Object> to = new LinkedHashMap<>();
				to.put("recipient", m.personId() != null ? m.personId() : m.email());
				to.put("language", m.language());
				to.put("occasion", m.occasion());
				this.audit.record(new AuditRecord(StatusReportService.ENTITY + ".mailed", StatusReportService.ENTITY,
						String.valueOf(id), classification, null, null, to));
			}
		}
		else {
			m.failed(delivery.error(), now, this.firstRetry, this.maxAttempts);
		}
		this.messages.saveAndFlush(m);
	}

	/**
	 * The messages that carried a report, newest first: for the PMO, on the report's
	 * page.
	 */
	@Transactional(readOnly = true)
	public List<DistributionMessage> sendsOf(Actor actor, StatusReport report) {
		this.access.visible(actor, report.projectId());
		if (!this.access.isPmo(actor)) {
			return List.of();
		}
		return this.messages.findByReport(report.id());
	}

	public boolean mailEnabled() {
		return this.mail.enabled();
	}

	private String text(String key, Locale locale, Object... args) {
		return this.texts.getMessage(key, args, locale);
	}

	private static String date(LocalDate day, Locale locale) {
		Locale latin = new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build();
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(latin).format(day);
	}

	/** Messages were written: send them once the writing transaction commits. */
	record DistributionQueued(int count) {
	}

}

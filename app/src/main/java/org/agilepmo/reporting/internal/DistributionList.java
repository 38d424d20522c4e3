package org.agilepmo.reporting.internal;

import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.agilepmo.shared.RuleViolationException;

/**
 * Who receives a portfolio's or a project's published status reports, and when: each
 * report as it is published, and a digest of the reports published in the week, sent on a
 * day and at a time of the list's time zone. A list that is not stored yet has the
 * defaults (sent at publication, no digest).
 */
@Entity
@Table(name = "reporting_distribution_list")
public class DistributionList {

	/** The languages a recipient may read. */
	public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "portfolio_id", updatable = false)
	private Long portfolioId;

	@Column(name = "project_id", updatable = false)
	private Long projectId;

	@Column(name = "on_publish", nullable = false)
	private boolean onPublish;

	@Enumerated(EnumType.STRING)
	@Column(name = "digest_day")
	private DayOfWeek digestDay;

	@Column(name = "digest_time")
	private String digestTime;

	@Column(name = "time_zone", nullable = false)
	private String timeZone;

	@Column(name = "last_digest_at")
	private Instant lastDigestAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "list_id", nullable = false)
	@OrderBy("id")
	private List<DistributionRecipient> recipients = new ArrayList<>();

	protected DistributionList() {
	}

	DistributionList(Scope scope, String timeZone, Instant now) {
		this.portfolioId = scope.portfolio() ? scope.id() : null;
		this.projectId = scope.portfolio() ? null : scope.id();
		this.onPublish = true;
		this.timeZone = timeZone;
		this.createdAt = now;
	}

	/** A portfolio's or a project's list. */
	public record Scope(boolean portfolio, long id) {

		public static Scope ofPortfolio(long id) {
			return new Scope(true, id);
		}

		public static Scope ofProject(long id) {
			return new Scope(false, id);
		}

		public String path() {
			return (this.portfolio ? "/portfolios/" : "/projects/") + this.id;
		}

	}

	/** When the list's reports go out. */
	public record Schedule(boolean onPublish, DayOfWeek digestDay, String digestTime, String timeZone) {
	}

	/**
	 * Sets when the reports go out; a changed digest starts at its next instant after
	 * {@code now}.
	 */
	void schedule(Schedule s, Instant now) {
		if (s.timeZone() == null || s.timeZone().isBlank()) {
			throw new RuleViolationException("timeZone", "reporting.error.required", "is required");
		}
		try {
			ZoneId.of(s.timeZone().strip());
		}
		catch (DateTimeException ex) {
			throw new RuleViolationException("timeZone", "reporting.error.timeZone",
					"is not a time zone (Europe/Paris, UTC...)");
		}
		String time = null;
		if (s.digestDay() != null) {
			if (s.digestTime() == null || s.digestTime().isBlank()) {
				throw new RuleViolationException("digestTime", "reporting.error.required", "is required");
			}
			try {
				time = LocalTime.parse(s.digestTime().strip()).withSecond(0).withNano(0).toString();
			}
			catch (DateTimeParseException ex) {
				throw new RuleViolationException("digestTime", "reporting.error.digestTime",
						"is not a time of day (07:00)");
			}
		}
		boolean changed = s.digestDay() != this.digestDay || !java.util.Objects.equals(time, this.digestTime)
				|| !s.timeZone().strip().equals(this.timeZone);
		this.onPublish = s.onPublish();
		this.digestDay = s.digestDay();
		this.digestTime = time;
		this.timeZone = s.timeZone().strip();
		if (changed) {
			this.lastDigestAt = now;
		}
	}

	DistributionRecipient addPerson(long personId, long by, Instant now) {
		if (this.recipients.stream().anyMatch(r -> Long.valueOf(personId).equals(r.personId()))) {
			throw new RuleViolationException("personId", "reporting.error.alreadyListed",
					"is already on the distribution list");
		}
		DistributionRecipient r = DistributionRecipient.person(personId, by, now);
		this.recipients.add(r);
		return r;
	}

	DistributionRecipient addExternal(String email, String name, String language, long by, Instant now) {
		if (email == null || email.isBlank()) {
			throw new RuleViolationException("email", "reporting.error.required", "is required");
		}
		String address = email.strip();
		try {
			InternetAddress parsed = new InternetAddress(address, true);
			parsed.validate();
			if (!address.equals(parsed.getAddress()) || !address.contains("@") || address.length() > 320) {
				throw new AddressException(address);
			}
		}
		catch (AddressException ex) {
			throw new RuleViolationException("email", "reporting.error.email", "is not an e-mail address");
		}
		if (language == null || !LANGUAGES.contains(language)) {
			throw new RuleViolationException("language", "reporting.error.language",
					"must be English, French, Spanish or Arabic");
		}
		String key = "email:" + address.toLowerCase(Locale.ROOT);
		if (this.recipients.stream().anyMatch(r -> r.key().equals(key))) {
			throw new RuleViolationException("email", "reporting.error.alreadyListed",
					"is already on the distribution list");
		}
		String shown = name == null || name.isBlank() ? null : name.strip();
		if (shown != null && shown.length() > 200) {
			throw new RuleViolationException("name", "reporting.error.tooLong", "is longer than 200 characters", 200);
		}
		DistributionRecipient r = DistributionRecipient.external(address, shown, language, by, now);
		this.recipients.add(r);
		return r;
	}

	DistributionRecipient remove(long recipientId) {
		DistributionRecipient r = this.recipients.stream()
			.filter(x -> x.id() == recipientId)
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("recipientId", "reporting.error.notListed",
					"is not on the distribution list"));
		this.recipients.remove(r);
		return r;
	}

	/**
	 * The latest digest instant at or before {@code now} that has not been sent yet
	 * (later than the last digest sent and than the list itself), if any.
	 */
	Optional<Instant> digestDue(Instant now) {
		if (this.digestDay == null || this.digestTime == null) {
			return Optional.empty();
		}
		ZoneId zone = ZoneId.of(this.timeZone);
		ZonedDateTime local = now.atZone(zone);
		ZonedDateTime slot = local.with(TemporalAdjusters.previousOrSame(this.digestDay))
			.with(LocalTime.parse(this.digestTime));
		if (slot.isAfter(local)) {
			slot = slot.minusWeeks(1);
		}
		Instant at = slot.toInstant();
		Instant after = this.lastDigestAt != null ? this.lastDigestAt : this.createdAt;
		return at.isAfter(after) ? Optional.of(at) : Optional.empty();
	}

	/** Where the digest due at {@code slot} starts: a week before it. */
	Instant digestFrom(Instant slot) {
		return slot.atZone(ZoneId.of(this.timeZone)).minusWeeks(1).toInstant();
	}

	void digestSent(Instant slot) {
		this.lastDigestAt = slot;
	}

	Map<String, Object> state() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("portfolioId", this.portfolioId);
		s.put("projectId", this.projectId);
		s.put("onPublish", this.onPublish);
		s.put("digestDay", this.digestDay);
		s.put("digestTime", this.digestTime);
		s.put("timeZone", this.timeZone);
		s.put("recipients", this.recipients.stream().map(DistributionRecipient::key).toList());
		return s;
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	/**
	 * The version an edit is based on: 0 while nothing is stored, the stored version plus
	 * one otherwise.
	 */
	public long etag() {
		return this.id == null ? 0 : this.version + 1;
	}

	public Scope scope() {
		return this.portfolioId != null ? Scope.ofPortfolio(this.portfolioId) : Scope.ofProject(this.projectId);
	}

	public boolean onPublish() {
		return this.onPublish;
	}

	public DayOfWeek digestDay() {
		return this.digestDay;
	}

	public String digestTime() {
		return this.digestTime;
	}

	public String timeZone() {
		return this.timeZone;
	}

	public Instant lastDigestAt() {
		return this.lastDigestAt;
	}

	public Schedule schedule() {
		return new Schedule(this.onPublish, this.digestDay, this.digestTime, this.timeZone);
	}

	public List<DistributionRecipient> recipients() {
		return List.copyOf(this.recipients);
	}

}

package org.agilepmo.events.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.agilepmo.shared.RuleViolationException;

/**
 * A conference, working group or training of a unit: where and when it takes place (dates
 * in its own time zone), its seats and planned budget, and its status. The seats taken
 * are counted by the database alone ({@link Events#takeSeat}), never written from here,
 * so that an edit of the event cannot overwrite a registration made meanwhile.
 */
@Entity
@Table(name = "events_event")
public class Event {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EventKind kind;

	@Column(nullable = false)
	private String title;

	private String description;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private long unitId;

	@Column(name = "project_id")
	private Long projectId;

	private String venue;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on", nullable = false)
	private LocalDate endsOn;

	@Column(name = "time_zone", nullable = false)
	private String timeZone;

	private Integer capacity;

	@Column(name = "seats_taken", nullable = false, updatable = false)
	private int seatsTaken;

	@Column(name = "budget_amount")
	private BigDecimal budgetAmount;

	@Column(name = "budget_currency")
	private String budgetCurrency;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EventStatus status;

	@Column(name = "created_by", nullable = false, updatable = false)
	private long createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Event() {
	}

	Event(long unitId, EventDraft draft, long createdBy, Instant now) {
		this.unitId = unitId;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.status = EventStatus.PLANNED;
		this.seatsTaken = 0;
		edit(draft, 0);
	}

	/** Applies the organisers' changes; refuses what breaks a rule, naming the field. */
	void edit(EventDraft d, int registered) {
		if (d.kind() == null) {
			throw required("kind");
		}
		if (d.title() == null || d.title().isBlank()) {
			throw required("title");
		}
		if (d.title().strip().length() > 200) {
			throw new RuleViolationException("title", "events.error.tooLong", "is too long", 200);
		}
		if (d.startsOn() == null) {
			throw required("startsOn");
		}
		if (d.endsOn() == null) {
			throw required("endsOn");
		}
		if (d.endsOn().isBefore(d.startsOn())) {
			throw new RuleViolationException("endsOn", "events.error.endsBeforeStart",
					"the event cannot end before it starts");
		}
		String zone = (d.timeZone() == null || d.timeZone().isBlank()) ? "UTC" : d.timeZone().strip();
		try {
			ZoneId.of(zone);
		}
		catch (DateTimeException ex) {
			throw new RuleViolationException("timeZone", "events.error.timeZone", "is not a time zone", zone);
		}
		if (d.capacity() != null && d.capacity() < 1) {
			throw new RuleViolationException("capacity", "events.error.positive", "must be more than zero");
		}
		if (d.capacity() != null && d.capacity() < registered) {
			throw new RuleViolationException("capacity", "events.error.capacityBelowRegistered",
					"fewer seats than people registered", registered);
		}
		String currency = null;
		if (d.budgetAmount() != null) {
			if (d.budgetAmount().signum() < 0) {
				throw new RuleViolationException("budgetAmount", "events.error.notNegative", "cannot be negative");
			}
			if (d.budgetCurrency() == null || d.budgetCurrency().isBlank()) {
				throw required("budgetCurrency");
			}
			currency = d.budgetCurrency().strip().toUpperCase(java.util.Locale.ROOT);
			try {
				Currency.getInstance(currency);
			}
			catch (IllegalArgumentException ex) {
				throw new RuleViolationException("budgetCurrency", "events.error.currency", "is not a currency",
						currency);
			}
		}
		this.kind = d.kind();
		this.title = d.title().strip();
		this.description = blankToNull(d.description());
		this.projectId = d.projectId();
		this.venue = blankToNull(d.venue());
		this.startsOn = d.startsOn();
		this.endsOn = d.endsOn();
		this.timeZone = zone;
		this.capacity = d.capacity();
		this.budgetAmount = d.budgetAmount();
		this.budgetCurrency = currency;
	}

	void moveTo(EventStatus target) {
		if (target == null) {
			throw required("status");
		}
		if (!this.status.mayMoveTo(target)) {
			throw new RuleViolationException("status", "events.error.status", "this status cannot be reached",
					this.status, target);
		}
		this.status = target;
	}

	private static RuleViolationException required(String field) {
		return new RuleViolationException(field, "events.error.required", "is required");
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public EventDraft draft() {
		return new EventDraft(this.kind, this.title, this.description, this.projectId, this.venue, this.startsOn,
				this.endsOn, this.timeZone, this.capacity, this.budgetAmount, this.budgetCurrency);
	}

	Map<String, Object> state() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("kind", this.kind);
		s.put("title", this.title);
		s.put("unitId", this.unitId);
		s.put("projectId", this.projectId);
		s.put("venue", this.venue);
		s.put("startsOn", String.valueOf(this.startsOn));
		s.put("endsOn", String.valueOf(this.endsOn));
		s.put("timeZone", this.timeZone);
		s.put("capacity", this.capacity);
		s.put("budget", this.budgetAmount == null ? null : this.budgetAmount + " " + this.budgetCurrency);
		s.put("status", this.status);
		return s;
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public EventKind kind() {
		return this.kind;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

	public long unitId() {
		return this.unitId;
	}

	public Long projectId() {
		return this.projectId;
	}

	public String venue() {
		return this.venue;
	}

	public LocalDate startsOn() {
		return this.startsOn;
	}

	public LocalDate endsOn() {
		return this.endsOn;
	}

	public String timeZone() {
		return this.timeZone;
	}

	public Integer capacity() {
		return this.capacity;
	}

	public BigDecimal budgetAmount() {
		return this.budgetAmount;
	}

	public String budgetCurrency() {
		return this.budgetCurrency;
	}

	public EventStatus status() {
		return this.status;
	}

	public boolean isTraining() {
		return this.kind == EventKind.TRAINING;
	}

}

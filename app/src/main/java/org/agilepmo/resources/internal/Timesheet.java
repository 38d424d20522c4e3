package org.agilepmo.resources.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.shared.RuleViolationException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A person's week of recorded hours, Monday to Sunday. It is filled in as a draft,
 * submitted, and approved line by line by each line's approver: once every line is
 * approved the week is approved and locked, and any change is refused. An approver may
 * instead return the week with a reason; it is then filled in and submitted again.
 */
@Entity
@Table(name = "resources_timesheet")
public class Timesheet {

	/** The most hours a day holds, and the step hours are recorded in. */
	static final BigDecimal DAY = BigDecimal.valueOf(24);

	static final BigDecimal QUARTER = new BigDecimal("0.25");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "person_id", nullable = false, updatable = false)
	private long personId;

	@Column(name = "week_start", nullable = false, updatable = false)
	private LocalDate weekStart;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TimesheetState state;

	@Column(name = "written_at", nullable = false)
	private Instant writtenAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "return_reason")
	private String returnReason;

	@OneToMany(mappedBy = "timesheet", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<TimesheetLine> lines = new ArrayList<>();

	protected Timesheet() {
	}

	Timesheet(long personId, LocalDate anyDayOfWeek) {
		this.personId = personId;
		this.weekStart = weekOf(anyDayOfWeek);
		this.state = TimesheetState.DRAFT;
		this.writtenAt = Instant.now();
	}

	/** The Monday of the week the day is in. */
	public static LocalDate weekOf(LocalDate day) {
		return day.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/**
	 * Replaces the lines with the ones written: quarter hours from 0 to 24 a day, at most
	 * 24 hours a day in all, one line per thing worked on. Refused once submitted or
	 * approved, naming the day and the row when an hour is wrong.
	 */
	void write(List<TimesheetRef> refs, List<List<BigDecimal>> hours) {
		requireEditable();
		List<List<BigDecimal>> week = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int row = 0; row < refs.size(); row++) {
			TimesheetRef ref = refs.get(row);
			if (!seen.add(ref.key())) {
				throw new RuleViolationException("lines[" + row + "]", "resources.timesheet.error.duplicate",
						"row " + (row + 1) + " repeats " + ref.label(), row + 1, ref.label());
			}
			week.add(checkedHours(row, ref.label(), hours.get(row)));
		}
		for (int d = 0; d < 7; d++) {
			BigDecimal total = BigDecimal.ZERO;
			for (List<BigDecimal> row : week) {
				total = total.add(row.get(d));
			}
			if (total.compareTo(DAY) > 0) {
				throw new RuleViolationException("days[" + d + "]", "resources.timesheet.error.dayTotal",
						"more than 24 hours on " + day(d), dayName(d), day(d).toString(), total.stripTrailingZeros());
			}
		}
		this.lines.clear();
		this.writtenAt = Instant.now();
		for (int row = 0; row < refs.size(); row++) {
			this.lines.add(new TimesheetLine(this, row, refs.get(row), week.get(row)));
		}
	}

	private List<BigDecimal> checkedHours(int row, String label, List<BigDecimal> given) {
		if (given.size() > 7) {
			throw new RuleViolationException("lines[" + row + "]", "resources.timesheet.error.days",
					"a week has seven days", row + 1, label);
		}
		List<BigDecimal> out = new ArrayList<>(7);
		for (int d = 0; d < 7; d++) {
			BigDecimal h = d < given.size() && given.get(d) != null ? given.get(d) : BigDecimal.ZERO;
			if (h.signum() < 0 || h.compareTo(DAY) > 0 || h.remainder(QUARTER).signum() != 0) {
				throw new RuleViolationException("lines[" + row + "].hours[" + d + "]",
						"resources.timesheet.error.hours",
						"hours on " + day(d) + ", row " + (row + 1) + " are quarter hours from 0 to 24", dayName(d),
						day(d).toString(), row + 1, label);
			}
			out.add(h.setScale(2));
		}
		return out;
	}

	private static DefaultMessageSourceResolvable dayName(int d) {
		DayOfWeek day = DayOfWeek.of(d + 1);
		return new DefaultMessageSourceResolvable(new String[] { "resources.timesheet.day." + day.name() }, null,
				day.name());
	}

	/** Sends the week for approval; every line waits for its approver again. */
	void submit() {
		requireEditable();
		if (this.lines.isEmpty()) {
			throw new RuleViolationException("lines", "resources.timesheet.error.empty",
					"a week without any line cannot be submitted");
		}
		this.lines.forEach(TimesheetLine::clearApproval);
		this.state = TimesheetState.SUBMITTED;
		this.submittedAt = Instant.now();
		this.returnReason = null;
		this.decidedBy = null;
		this.decidedAt = null;
	}

	/**
	 * Approves the lines the approver answers for; the week is approved (and locked) once
	 * every line is. Answers the lines approved now.
	 */
	List<TimesheetLine> approve(long approverId, Predicate<TimesheetLine> theirs) {
		requireSubmitted();
		List<TimesheetLine> now = this.lines.stream().filter(l -> !l.isApproved()).filter(theirs).toList();
		if (now.isEmpty()) {
			throw new RuleViolationException("state", "resources.timesheet.error.nothingToApprove",
					"nothing on this week waits for your approval");
		}
		now.forEach(l -> l.approveBy(approverId));
		if (this.lines.stream().allMatch(TimesheetLine::isApproved)) {
			this.state = TimesheetState.APPROVED;
			this.decidedBy = approverId;
			this.decidedAt = Instant.now();
		}
		return now;
	}

	/** Returns the week to its person with the reason; approvals already given lapse. */
	void returnWith(long approverId, String reason) {
		requireSubmitted();
		if (reason == null || reason.isBlank()) {
			throw new RuleViolationException("reason", "resources.timesheet.error.reason",
					"say why the week is returned");
		}
		if (reason.length() > 2000) {
			throw new RuleViolationException("reason", "resources.timesheet.error.reasonLength",
					"a reason has at most 2,000 characters");
		}
		this.lines.forEach(TimesheetLine::clearApproval);
		this.state = TimesheetState.RETURNED;
		this.returnReason = reason.strip();
		this.decidedBy = approverId;
		this.decidedAt = Instant.now();
	}

	private void requireEditable() {
		if (this.state == TimesheetState.APPROVED) {
			throw new RuleViolationException("state", "resources.timesheet.error.locked",
					"this week is approved and locked: it cannot be changed");
		}
		if (this.state == TimesheetState.SUBMITTED) {
			throw new RuleViolationException("state", "resources.timesheet.error.submitted",
					"this week waits for approval: it can be changed once returned");
		}
	}

	private void requireSubmitted() {
		if (this.state != TimesheetState.SUBMITTED) {
			throw new RuleViolationException("state", "resources.timesheet.error.notSubmitted",
					"only a submitted week can be approved or returned");
		}
	}

	/** The day of the week, 0 for Monday. */
	public LocalDate day(int index) {
		return this.weekStart.plusDays(index);
	}

	public BigDecimal total() {
		return this.lines.stream().map(TimesheetLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal totalOn(int dayIndex) {
		return this.lines.stream().map(l -> l.hoursOn(dayIndex)).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("personId", this.personId);
		s.put("weekStart", this.weekStart);
		s.put("state", this.state);
		s.put("returnReason", this.returnReason);
		s.put("lines", this.lines.stream().map(TimesheetLine::snapshot).toList());
		return s;
	}

	public long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long personId() {
		return this.personId;
	}

	public LocalDate weekStart() {
		return this.weekStart;
	}

	public TimesheetState state() {
		return this.state;
	}

	/** When the hours were last written. */
	public Instant writtenAt() {
		return this.writtenAt;
	}

	public Instant submittedAt() {
		return this.submittedAt;
	}

	public Long decidedBy() {
		return this.decidedBy;
	}

	public Instant decidedAt() {
		return this.decidedAt;
	}

	public String returnReason() {
		return this.returnReason;
	}

	public List<TimesheetLine> lines() {
		return List.copyOf(this.lines);
	}

}

package org.agilepmo.delivery.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.shared.RuleViolationException;

/**
 * A time-box of a Scrum squad: dates, goal, each member's availability, and, once it has
 * run, its review and retrospective. It is planned, started, then closed; closing records
 * the completed points that make the squad's velocity.
 */
@Entity
@Table(name = "delivery_sprint")
class Sprint {

	static final int MAX_DAYS = 42;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "squad_id", nullable = false)
	private long squadId;

	@Column(nullable = false)
	private String name;

	private String goal;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SprintState state;

	@Column(name = "committed_points")
	private Integer committedPoints;

	@Column(name = "completed_points")
	private Integer completedPoints;

	@Column(name = "started_at")
	private Instant startedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "review_shown")
	private String reviewShown;

	@Column(name = "review_feedback")
	private String reviewFeedback;

	@Column(name = "retro_went_well")
	private String retroWentWell;

	@Column(name = "retro_to_improve")
	private String retroToImprove;

	@ElementCollection
	@CollectionTable(name = "delivery_sprint_availability", joinColumns = @JoinColumn(name = "sprint_id"))
	@MapKeyColumn(name = "person_id")
	@Column(name = "days", nullable = false)
	private Map<Long, BigDecimal> availability = new TreeMap<>();

	@ElementCollection
	@CollectionTable(name = "delivery_sprint_accepted", joinColumns = @JoinColumn(name = "sprint_id"))
	@Column(name = "item_id", nullable = false)
	private Set<Long> acceptedItems = new TreeSet<>();

	protected Sprint() {
	}

	static Sprint plan(long squadId, String name, String goal, LocalDate start, LocalDate end) {
		Sprint sprint = new Sprint();
		sprint.squadId = squadId;
		sprint.state = SprintState.PLANNED;
		sprint.revise(name, goal, start, end);
		return sprint;
	}

	void revise(String name, String goal, LocalDate start, LocalDate end) {
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			throw new RuleViolationException("name", "delivery.error.sprintName",
					"a sprint needs a name of 1 to 100 characters");
		}
		if (start == null) {
			throw new RuleViolationException("startDate", "delivery.error.required", "startDate is required");
		}
		if (end == null || end.isBefore(start)) {
			throw new RuleViolationException("endDate", "delivery.error.endBeforeStart",
					"the sprint must end on or after its start");
		}
		if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
			throw new RuleViolationException("endDate", "delivery.error.sprintTooLong",
					"a sprint lasts at most 42 days", MAX_DAYS);
		}
		if (goal != null && goal.length() > 1000) {
			throw new RuleViolationException("goal", "delivery.error.tooLong", "the goal is too long", 1000);
		}
		if (this.state == SprintState.CLOSED) {
			throw new RuleViolationException("state", "delivery.error.sprintClosed", "a closed sprint cannot change");
		}
		this.name = name.strip();
		this.goal = (goal == null || goal.isBlank()) ? null : goal.strip();
		this.startDate = start;
		this.endDate = end;
	}

	void makeAvailable(long personId, BigDecimal days) {
		if (days == null || days.signum() < 0 || days.compareTo(BigDecimal.valueOf(lengthInDays())) > 0) {
			throw new RuleViolationException("days", "delivery.error.availability",
					"availability is between 0 and the sprint's length in days", lengthInDays());
		}
		requireOpen();
		this.availability.put(personId, days.setScale(1, java.math.RoundingMode.HALF_UP));
	}

	void start(int committed, Instant at) {
		if (this.state != SprintState.PLANNED) {
			throw new RuleViolationException("state", "delivery.error.notPlanned", "only a planned sprint can start");
		}
		this.state = SprintState.ACTIVE;
		this.committedPoints = committed;
		this.startedAt = at;
	}

	void close(int completed, Instant at) {
		if (this.state != SprintState.ACTIVE) {
			throw new RuleViolationException("state", "delivery.error.notActive", "only an active sprint can close");
		}
		this.state = SprintState.CLOSED;
		this.completedPoints = completed;
		this.closedAt = at;
	}

	void review(String shown, String feedback, Set<Long> accepted) {
		this.reviewShown = limit("shown", shown);
		this.reviewFeedback = limit("feedback", feedback);
		this.acceptedItems.clear();
		this.acceptedItems.addAll(accepted);
	}

	void retrospective(String wentWell, String toImprove) {
		this.retroWentWell = limit("wentWell", wentWell);
		this.retroToImprove = limit("toImprove", toImprove);
	}

	void requireOpen() {
		if (this.state == SprintState.CLOSED) {
			throw new RuleViolationException("sprintId", "delivery.error.sprintClosed",
					"a closed sprint cannot change");
		}
	}

	private static String limit(String field, String text) {
		if (text != null && text.length() > 4000) {
			throw new RuleViolationException(field, "delivery.error.tooLong", "the text is too long", 4000);
		}
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	int lengthInDays() {
		return (int) ChronoUnit.DAYS.between(this.startDate, this.endDate) + 1;
	}

	Long id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	long squadId() {
		return this.squadId;
	}

	String name() {
		return this.name;
	}

	String goal() {
		return this.goal;
	}

	LocalDate startDate() {
		return this.startDate;
	}

	LocalDate endDate() {
		return this.endDate;
	}

	SprintState state() {
		return this.state;
	}

	Integer committedPoints() {
		return this.committedPoints;
	}

	Integer completedPoints() {
		return this.completedPoints;
	}

	Instant startedAt() {
		return this.startedAt;
	}

	Instant closedAt() {
		return this.closedAt;
	}

	Map<Long, BigDecimal> availability() {
		return new TreeMap<>(this.availability);
	}

	Set<Long> acceptedItems() {
		return new TreeSet<>(this.acceptedItems);
	}

	String reviewShown() {
		return this.reviewShown;
	}

	String reviewFeedback() {
		return this.reviewFeedback;
	}

	String retroWentWell() {
		return this.retroWentWell;
	}

	String retroToImprove() {
		return this.retroToImprove;
	}

	record Snapshot(long squadId, String name, String goal, LocalDate startDate, LocalDate endDate, SprintState state,
			Integer committedPoints, Integer completedPoints, Map<Long, BigDecimal> availability, String reviewShown,
			String reviewFeedback, Set<Long> acceptedItems, String retroWentWell, String retroToImprove) {
	}

	Snapshot snapshot() {
		return new Snapshot(this.squadId, this.name, this.goal, this.startDate, this.endDate, this.state,
				this.committedPoints, this.completedPoints, availability(), this.reviewShown, this.reviewFeedback,
				acceptedItems(), this.retroWentWell, this.retroToImprove);
	}

}

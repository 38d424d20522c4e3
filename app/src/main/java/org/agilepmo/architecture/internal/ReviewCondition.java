package org.agilepmo.architecture.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.agilepmo.shared.RuleViolationException;

/**
 * A condition of an approval, followed as an action: an owner, a due day, done or not.
 */
@Entity
@Table(name = "architecture_review_condition")
public class ReviewCondition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "review_id", nullable = false, updatable = false)
	private long reviewId;

	@Column(nullable = false)
	private String description;

	@Column(name = "owner_id", nullable = false)
	private long ownerId;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(name = "done_at")
	private Instant doneAt;

	@Column(name = "done_by")
	private Long doneBy;

	protected ReviewCondition() {
	}

	ReviewCondition(long reviewId, String description, long ownerId, LocalDate dueOn) {
		this.reviewId = reviewId;
		this.description = Texts.required("description", description, 1000);
		this.ownerId = ownerId;
		this.dueOn = Texts.present("dueOn", dueOn);
	}

	void done(long by, Instant now) {
		if (this.doneAt != null) {
			throw new RuleViolationException("status", "architecture.error.conditionDone", "is already done");
		}
		this.doneAt = now;
		this.doneBy = by;
	}

	Map<String, Object> state() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("reviewId", this.reviewId);
		s.put("description", this.description);
		s.put("ownerId", this.ownerId);
		s.put("dueOn", this.dueOn);
		s.put("done", this.doneAt != null);
		return s;
	}

	public boolean isOverdue(LocalDate today) {
		return this.doneAt == null && this.dueOn.isBefore(today);
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long reviewId() {
		return this.reviewId;
	}

	public String description() {
		return this.description;
	}

	public long ownerId() {
		return this.ownerId;
	}

	public LocalDate dueOn() {
		return this.dueOn;
	}

	public Instant doneAt() {
		return this.doneAt;
	}

	public boolean isDone() {
		return this.doneAt != null;
	}

}

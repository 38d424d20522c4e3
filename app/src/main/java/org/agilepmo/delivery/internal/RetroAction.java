package org.agilepmo.delivery.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.shared.RuleViolationException;

/** An action a retrospective agreed on, with an owner, tracked until it is done. */
@Entity
@Table(name = "delivery_action")
class RetroAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "squad_id", nullable = false)
	private long squadId;

	@Column(name = "sprint_id", nullable = false)
	private long sprintId;

	@Column(nullable = false)
	private String text;

	@Column(name = "owner_id")
	private Long ownerId;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Column(nullable = false)
	private boolean done;

	protected RetroAction() {
	}

	static RetroAction agree(long squadId, long sprintId, String text, Long ownerId, LocalDate dueDate) {
		RetroAction action = new RetroAction();
		action.squadId = squadId;
		action.sprintId = sprintId;
		action.revise(text, ownerId, dueDate, false);
		return action;
	}

	void revise(String text, Long ownerId, LocalDate dueDate, boolean done) {
		if (text == null || text.isBlank() || text.strip().length() > 1000) {
			throw new RuleViolationException("text", "delivery.error.actionText",
					"an action needs a text of 1 to 1000 characters");
		}
		this.text = text.strip();
		this.ownerId = ownerId;
		this.dueDate = dueDate;
		this.done = done;
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

	long sprintId() {
		return this.sprintId;
	}

	String text() {
		return this.text;
	}

	Long ownerId() {
		return this.ownerId;
	}

	LocalDate dueDate() {
		return this.dueDate;
	}

	boolean done() {
		return this.done;
	}

	record Snapshot(long squadId, long sprintId, String text, Long ownerId, LocalDate dueDate, boolean done) {
	}

	Snapshot snapshot() {
		return new Snapshot(this.squadId, this.sprintId, this.text, this.ownerId, this.dueDate, this.done);
	}

}

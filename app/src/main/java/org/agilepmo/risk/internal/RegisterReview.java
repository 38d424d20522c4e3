package org.agilepmo.risk.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.agilepmo.portfolio.Stage;

/** A review of a project's register, in the stage the project was in. */
@Entity
@Table(name = "risk_review")
public class RegisterReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false, updatable = false)
	private long projectId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Stage stage;

	@Column(name = "reviewed_at", nullable = false, updatable = false)
	private Instant reviewedAt;

	@Column(name = "reviewed_by", nullable = false, updatable = false)
	private long reviewedBy;

	@Column(updatable = false)
	private String note;

	protected RegisterReview() {
	}

	RegisterReview(long projectId, Stage stage, Instant when, long who, String note) {
		this.projectId = projectId;
		this.stage = stage;
		this.reviewedAt = when;
		this.reviewedBy = who;
		this.note = Texts.optional("note", note, 1000);
	}

	public Long id() {
		return this.id;
	}

	public long projectId() {
		return this.projectId;
	}

	public Stage stage() {
		return this.stage;
	}

	public Instant reviewedAt() {
		return this.reviewedAt;
	}

	public long reviewedBy() {
		return this.reviewedBy;
	}

	public String note() {
		return this.note;
	}

}

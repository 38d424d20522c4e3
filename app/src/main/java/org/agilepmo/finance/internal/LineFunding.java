package org.agilepmo.finance.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The share (a percentage) of one budget line that one source pays; a line's shares add
 * up to at most 100.
 */
@Entity
@Table(name = "finance_line_funding")
public class LineFunding {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false)
	private long projectId;

	@Column(name = "line_code", nullable = false)
	private String lineCode;

	@Column(name = "source_id", nullable = false)
	private long sourceId;

	@Column(nullable = false)
	private BigDecimal share;

	protected LineFunding() {
	}

	LineFunding(long projectId, String lineCode, long sourceId, BigDecimal share) {
		this.projectId = projectId;
		this.lineCode = lineCode;
		this.sourceId = sourceId;
		this.share = share;
	}

	void reshare(BigDecimal share) {
		this.share = share;
	}

	public Long id() {
		return this.id;
	}

	public long projectId() {
		return this.projectId;
	}

	public String lineCode() {
		return this.lineCode;
	}

	public long sourceId() {
		return this.sourceId;
	}

	public BigDecimal share() {
		return this.share;
	}

}

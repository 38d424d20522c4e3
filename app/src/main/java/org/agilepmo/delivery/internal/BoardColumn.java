package org.agilepmo.delivery.internal;

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

/** A column of a squad's board, with the category its cards stand in and a WIP limit. */
@Entity
@Table(name = "delivery_column")
class BoardColumn {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "squad_id", nullable = false)
	private long squadId;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private int position;

	@Column(name = "wip_limit")
	private Integer wipLimit;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Category category;

	protected BoardColumn() {
	}

	static BoardColumn of(long squadId, int position, String name, Category category, Integer wipLimit) {
		BoardColumn column = new BoardColumn();
		column.squadId = squadId;
		column.position = position;
		column.configure(name, category, wipLimit);
		return column;
	}

	void configure(String name, Category category, Integer wipLimit) {
		if (name == null || name.isBlank() || name.strip().length() > 60) {
			throw new RuleViolationException("name", "delivery.error.columnName",
					"a column needs a name of 1 to 60 characters");
		}
		if (category == null) {
			throw new RuleViolationException("category", "delivery.error.required", "category is required");
		}
		if (wipLimit != null && wipLimit < 1) {
			throw new RuleViolationException("wipLimit", "delivery.error.wipLimitPositive",
					"a WIP limit is at least 1 (leave it empty for none)");
		}
		this.name = name.strip();
		this.category = category;
		this.wipLimit = wipLimit;
	}

	void moveTo(int position) {
		this.position = position;
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

	int position() {
		return this.position;
	}

	Integer wipLimit() {
		return this.wipLimit;
	}

	Category category() {
		return this.category;
	}

	record Snapshot(long squadId, String name, int position, Integer wipLimit, Category category) {
	}

	Snapshot snapshot() {
		return new Snapshot(this.squadId, this.name, this.position, this.wipLimit, this.category);
	}

}

package org.agilepmo.planning.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A named copy of the planned start, finish, duration and budgeted cost of every activity
 * at the time it was saved. Baselines are never edited; saving again under the same name
 * replaces it.
 */
@Entity
@Table(name = "plan_baseline")
class Baseline {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
	@SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
	private Long id;

	@Column(name = "plan_id", nullable = false)
	private long planId;

	@Column(nullable = false)
	private String name;

	@Column(name = "saved_at", nullable = false)
	private Instant savedAt;

	@Column(name = "saved_by", nullable = false)
	private String savedBy;

	@ElementCollection
	@CollectionTable(name = "plan_baseline_entry", joinColumns = @JoinColumn(name = "baseline_id"))
	private List<Entry> entries = new ArrayList<>();

	protected Baseline() {
	}

	long planId() {
		return this.planId;
	}

	Baseline(long planId, String name, String savedBy, List<Entry> entries) {
		this.planId = planId;
		this.name = name;
		this.savedBy = savedBy;
		this.savedAt = Instant.now();
		this.entries.addAll(entries);
	}

	Long id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	Instant savedAt() {
		return this.savedAt;
	}

	String savedBy() {
		return this.savedBy;
	}

	List<Entry> entries() {
		return List.copyOf(this.entries);
	}

	/** One activity as planned when the baseline was saved. */
	@Embeddable
	static class Entry {

		@Column(name = "activity_id", nullable = false)
		private long activityId;

		@Column(name = "start_at", nullable = false)
		private LocalDateTime start;

		@Column(name = "finish_at", nullable = false)
		private LocalDateTime finish;

		@Column(name = "duration_minutes", nullable = false)
		private int durationMinutes;

		/**
		 * The activity's budgeted cost when the baseline was saved; null when it had none
		 * (or the baseline was saved before the plan kept costs).
		 */
		@Column(name = "budgeted_cost")
		private BigDecimal budgetedCost;

		protected Entry() {
		}

		Entry(long activityId, LocalDateTime start, LocalDateTime finish, int durationMinutes,
				BigDecimal budgetedCost) {
			this.activityId = activityId;
			this.start = start;
			this.finish = finish;
			this.durationMinutes = durationMinutes;
			this.budgetedCost = budgetedCost;
		}

		BigDecimal budgetedCost() {
			return this.budgetedCost;
		}

		long activityId() {
			return this.activityId;
		}

		LocalDateTime start() {
			return this.start;
		}

		LocalDateTime finish() {
			return this.finish;
		}

		int durationMinutes() {
			return this.durationMinutes;
		}

	}

}

package org.agilepmo.planning.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Activities of a project's plan whose durations move together in a schedule risk
 * analysis: every pair has the group's rank correlation coefficient.
 */
@Entity
@Table(name = "plan_correlation_group")
class PlanCorrelationGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "project_id", nullable = false)
	private long projectId;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private BigDecimal coefficient;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "plan_correlation_member", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "activity_id")
	private Set<Long> activityIds = new LinkedHashSet<>();

	protected PlanCorrelationGroup() {
	}

	PlanCorrelationGroup(long projectId, CorrelationDraft draft) {
		this.projectId = projectId;
		revise(draft);
	}

	/** Takes the draft, already checked against the plan by the service. */
	void revise(CorrelationDraft draft) {
		this.name = draft.name();
		this.coefficient = draft.coefficient();
		this.activityIds.clear();
		this.activityIds.addAll(draft.activityIds());
	}

	Long id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	long projectId() {
		return this.projectId;
	}

	CorrelationDraft draft() {
		return new CorrelationDraft(this.name, this.coefficient, new ArrayList<>(this.activityIds));
	}

	List<Long> activityIds() {
		return List.copyOf(this.activityIds);
	}

}

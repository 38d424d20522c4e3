package org.agilepmo.resources.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
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

/**
 * A resource given to one project or one squad for a period, as hours per week or a share
 * of its capacity. A person in two squads carries two allocations, and both count.
 */
@Entity
@Table(name = "resources_allocation")
public class Allocation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "resource_id", nullable = false, updatable = false)
	private long resourceId;

	@Column(name = "project_id", updatable = false)
	private Long projectId;

	@Column(name = "squad_id", updatable = false)
	private Long squadId;

	@Column(name = "first_day", nullable = false)
	private LocalDate firstDay;

	@Column(name = "last_day", nullable = false)
	private LocalDate lastDay;

	@Enumerated(EnumType.STRING)
	@Column(name = "load_kind", nullable = false)
	private LoadKind loadKind;

	@Column(name = "load_value", nullable = false)
	private BigDecimal loadValue;

	@Column(name = "request_id", updatable = false)
	private Long requestId;

	@Column(name = "created_by", nullable = false, updatable = false)
	private long createdBy;

	protected Allocation() {
	}

	Allocation(long resourceId, Target target, Period period, Load load, Long requestId, long createdBy) {
		this.resourceId = resourceId;
		this.projectId = target.projectId();
		this.squadId = target.squadId();
		this.firstDay = period.first();
		this.lastDay = period.last();
		this.loadKind = load.kind();
		this.loadValue = load.value();
		this.requestId = requestId;
		this.createdBy = createdBy;
	}

	/** Changes the period and the load. */
	void revise(Period period, Load load) {
		this.firstDay = period.first();
		this.lastDay = period.last();
		this.loadKind = load.kind();
		this.loadValue = load.value();
	}

	public Target target() {
		return new Target(this.projectId, this.squadId);
	}

	public Load load() {
		return new Load(this.loadKind, this.loadValue);
	}

	Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("resourceId", this.resourceId);
		s.put("projectId", this.projectId);
		s.put("squadId", this.squadId);
		s.put("firstDay", this.firstDay);
		s.put("lastDay", this.lastDay);
		s.put("loadKind", this.loadKind);
		s.put("loadValue", this.loadValue);
		s.put("requestId", this.requestId);
		return s;
	}

	public long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long resourceId() {
		return this.resourceId;
	}

	public Long projectId() {
		return this.projectId;
	}

	public Long squadId() {
		return this.squadId;
	}

	public LocalDate firstDay() {
		return this.firstDay;
	}

	public LocalDate lastDay() {
		return this.lastDay;
	}

	public LoadKind loadKind() {
		return this.loadKind;
	}

	public BigDecimal loadValue() {
		return this.loadValue;
	}

	public Long requestId() {
		return this.requestId;
	}

}

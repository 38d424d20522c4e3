package org.agilepmo.planning.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.planning.PlanResources;
import org.agilepmo.planning.PlanResources.ResourceType;

/**
 * A resource of a plan (a person, a role, equipment, a material or a cost), as the
 * scheduling tools keep it: known by its external ID within the plan.
 */
@Entity
@Table(name = "plan_resource")
class PlanResource {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
	@SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
	private Long id;

	@Version
	private long version;

	@Column(name = "plan_id", nullable = false)
	private long planId;

	@Column(name = "external_id", nullable = false)
	private String externalId;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "resource_type", nullable = false)
	private ResourceType type;

	@Column(name = "max_units", nullable = false)
	private BigDecimal maxUnits;

	@Column(name = "calendar_id")
	private Long calendarId;

	@Column(name = "person_id")
	private Long personId;

	protected PlanResource() {
	}

	/** A resource of the plan; the draft was checked by {@link StaffingRules}. */
	PlanResource(long planId, ResourceDraft draft) {
		this.planId = planId;
		apply(draft);
	}

	void revise(ResourceDraft draft) {
		apply(draft);
	}

	private void apply(ResourceDraft draft) {
		this.externalId = draft.externalId();
		this.name = draft.name();
		this.type = draft.type();
		this.maxUnits = draft.maxUnits();
		this.calendarId = draft.calendarId();
		this.personId = draft.personId();
	}

	ResourceDraft draft() {
		return new ResourceDraft(this.externalId, this.name, this.type, this.maxUnits, this.calendarId, this.personId);
	}

	PlanResources.Resource view() {
		return new PlanResources.Resource(this.id, this.version, this.externalId, this.name, this.type,
				StaffingRules.plain(this.maxUnits), this.calendarId, this.personId);
	}

	Long id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	long planId() {
		return this.planId;
	}

	String externalId() {
		return this.externalId;
	}

	String name() {
		return this.name;
	}

	ResourceType type() {
		return this.type;
	}

}

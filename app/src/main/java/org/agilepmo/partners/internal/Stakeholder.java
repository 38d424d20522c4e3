package org.agilepmo.partners.internal;

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

import org.agilepmo.shared.RuleViolationException;

/**
 * A partner organisation (through one of its contacts, or as a whole) as a stakeholder of
 * a project: where it sits on the interest/influence grid, and how it is engaged.
 */
@Entity
@Table(name = "partners_stakeholder")
public class Stakeholder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "project_id", nullable = false, updatable = false)
	private long projectId;

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private long organisationId;

	@Column(name = "contact_id", updatable = false)
	private Long contactId;

	@Column(nullable = false)
	private int interest;

	@Column(nullable = false)
	private int influence;

	@Enumerated(EnumType.STRING)
	@Column(name = "strategy_override")
	private Strategy strategyOverride;

	@Column(name = "override_reason")
	private String overrideReason;

	protected Stakeholder() {
	}

	Stakeholder(long projectId, long organisationId, Long contactId, Draft draft) {
		this.projectId = projectId;
		this.organisationId = organisationId;
		this.contactId = contactId;
		apply(draft);
	}

	/**
	 * Where the stakeholder sits and, when the grid's strategy does not fit, the strategy
	 * chosen instead and why.
	 */
	public record Draft(Integer interest, Integer influence, Strategy override, String reason) {
	}

	void apply(Draft draft) {
		int checkedInterest = Fields.level("interest", draft.interest());
		int checkedInfluence = Fields.level("influence", draft.influence());
		Strategy override = draft.override();
		if (override == Strategy.derive(checkedInterest, checkedInfluence)) {
			override = null;
		}
		String reason = Fields.optional("reason", draft.reason(), 1000);
		if (override != null && reason == null) {
			throw new RuleViolationException("reason", "partners.error.overrideReason",
					"say why the grid's strategy does not fit");
		}
		this.interest = checkedInterest;
		this.influence = checkedInfluence;
		this.strategyOverride = override;
		this.overrideReason = override == null ? null : reason;
	}

	/** The strategy the grid gives, unless overridden. */
	public Strategy strategy() {
		return this.strategyOverride != null ? this.strategyOverride : derived();
	}

	public Strategy derived() {
		return Strategy.derive(this.interest, this.influence);
	}

	public boolean isOverridden() {
		return this.strategyOverride != null;
	}

	public Draft draft() {
		return new Draft(this.interest, this.influence, this.strategyOverride, this.overrideReason);
	}

	Map<String, Object> state() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("projectId", this.projectId);
		s.put("organisationId", this.organisationId);
		s.put("contactId", this.contactId);
		s.put("interest", this.interest);
		s.put("influence", this.influence);
		s.put("strategy", strategy());
		s.put("overridden", isOverridden());
		s.put("reason", this.overrideReason);
		return s;
	}

	public long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long projectId() {
		return this.projectId;
	}

	public long organisationId() {
		return this.organisationId;
	}

	public Long contactId() {
		return this.contactId;
	}

	public int interest() {
		return this.interest;
	}

	public int influence() {
		return this.influence;
	}

	public Strategy strategyOverride() {
		return this.strategyOverride;
	}

	public String overrideReason() {
		return this.overrideReason;
	}

}

package org.agilepmo.resources.internal;

import java.math.BigDecimal;
import java.time.Instant;
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
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A request for a person with a skill, a language and a screening, for a period and a
 * load, on a project or a squad. It moves through {@link RequestState}: the competency
 * centre proposes a candidate, the requester accepts (which allocates the person) or
 * declines, and the centre marks it fulfilled when the person has started.
 */
@Entity
@Table(name = "resources_request")
public class StaffingRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "project_id", updatable = false)
	private Long projectId;

	@Column(name = "squad_id", updatable = false)
	private Long squadId;

	@Column(name = "centre_unit_id", updatable = false)
	private Long centreUnitId;

	@Column(name = "skill_id", nullable = false, updatable = false)
	private long skillId;

	@Column(name = "min_level", nullable = false, updatable = false)
	private int minLevel;

	@Column(updatable = false)
	private String language;

	@Enumerated(EnumType.STRING)
	@Column(name = "language_level", updatable = false)
	private LanguageLevel languageLevel;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ScreeningLevel screening;

	@Column(name = "first_day", nullable = false, updatable = false)
	private LocalDate firstDay;

	@Column(name = "last_day", nullable = false, updatable = false)
	private LocalDate lastDay;

	@Enumerated(EnumType.STRING)
	@Column(name = "load_kind", nullable = false, updatable = false)
	private LoadKind loadKind;

	@Column(name = "load_value", nullable = false, updatable = false)
	private BigDecimal loadValue;

	@Column(updatable = false)
	private String note;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RequestState state;

	@Column(name = "proposed_resource_id")
	private Long proposedResourceId;

	@Column(name = "proposal_reason")
	private String proposalReason;

	@Column(name = "decision_reason")
	private String decisionReason;

	@Column(name = "allocation_id")
	private Long allocationId;

	@Column(name = "requested_by", nullable = false, updatable = false)
	private long requestedBy;

	@Column(name = "requested_at", nullable = false, updatable = false)
	private Instant requestedAt;

	@Column(name = "proposed_by")
	private Long proposedBy;

	@Column(name = "decided_by")
	private Long decidedBy;

	protected StaffingRequest() {
	}

	static StaffingRequest ask(RequestDraft d, Target target, long requestedBy, Instant at) {
		StaffingRequest r = new StaffingRequest();
		r.projectId = target.projectId();
		r.squadId = target.squadId();
		r.centreUnitId = d.centreUnitId();
		r.skillId = d.skillId();
		r.minLevel = Proficiency.check("minLevel", d.minLevel());
		if (d.language() != null && !d.language().isBlank()) {
			r.language = ResourceLanguage.code(d.language());
			r.languageLevel = d.languageLevel() == null ? LanguageLevel.B2 : d.languageLevel();
		}
		r.screening = d.screening() == null ? ScreeningLevel.NONE : d.screening();
		Period period = Period.of(d.firstDay(), d.lastDay());
		r.firstDay = period.first();
		r.lastDay = period.last();
		Load load = Load.of(d.loadKind(), d.loadValue());
		r.loadKind = load.kind();
		r.loadValue = load.value();
		r.note = Texts.optional("note", d.note(), 2000);
		r.state = RequestState.REQUESTED;
		r.requestedBy = requestedBy;
		r.requestedAt = at;
		return r;
	}

	void propose(long resourceId, long by, String reason) {
		moveTo(RequestState.PROPOSED);
		this.proposedResourceId = resourceId;
		this.proposedBy = by;
		this.proposalReason = Texts.optional("reason", reason, 2000);
		this.decisionReason = null;
		this.decidedBy = null;
	}

	void accept(long by, long allocationId) {
		moveTo(RequestState.ACCEPTED);
		this.decidedBy = by;
		this.allocationId = allocationId;
	}

	void decline(long by, String reason) {
		String why = Texts.optional("reason", reason, 2000);
		if (why == null) {
			throw new RuleViolationException("reason", "resources.error.declineReason",
					"say why the candidate is declined");
		}
		moveTo(RequestState.DECLINED);
		this.decidedBy = by;
		this.decisionReason = why;
	}

	void fulfil() {
		moveTo(RequestState.FULFILLED);
	}

	void cancel(long by, String reason) {
		moveTo(RequestState.CANCELLED);
		this.decidedBy = by;
		this.decisionReason = Texts.optional("reason", reason, 2000);
	}

	/**
	 * Refuses a move the workflow does not allow, saying from where to where in words.
	 */
	private void moveTo(RequestState target) {
		if (!this.state.next().contains(target)) {
			throw new RuleViolationException("state", "resources.error.transition",
					"a request that is " + this.state + " cannot become " + target, state(this.state), state(target));
		}
		this.state = target;
	}

	private static DefaultMessageSourceResolvable state(RequestState state) {
		return new DefaultMessageSourceResolvable(new String[] { "resources.state." + state }, state.name());
	}

	public Target target() {
		return new Target(this.projectId, this.squadId);
	}

	public Period period() {
		return new Period(this.firstDay, this.lastDay);
	}

	public Load load() {
		return new Load(this.loadKind, this.loadValue);
	}

	Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("projectId", this.projectId);
		s.put("squadId", this.squadId);
		s.put("centreUnitId", this.centreUnitId);
		s.put("skillId", this.skillId);
		s.put("minLevel", this.minLevel);
		s.put("language", this.language);
		s.put("languageLevel", this.languageLevel);
		s.put("screening", this.screening);
		s.put("firstDay", this.firstDay);
		s.put("lastDay", this.lastDay);
		s.put("loadKind", this.loadKind);
		s.put("loadValue", this.loadValue);
		s.put("state", this.state);
		s.put("proposedResourceId", this.proposedResourceId);
		s.put("proposalReason", this.proposalReason);
		s.put("decisionReason", this.decisionReason);
		s.put("allocationId", this.allocationId);
		return s;
	}

	public long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public Long projectId() {
		return this.projectId;
	}

	public Long squadId() {
		return this.squadId;
	}

	public Long centreUnitId() {
		return this.centreUnitId;
	}

	public long skillId() {
		return this.skillId;
	}

	public int minLevel() {
		return this.minLevel;
	}

	public String language() {
		return this.language;
	}

	public LanguageLevel languageLevel() {
		return this.languageLevel;
	}

	public ScreeningLevel screening() {
		return this.screening;
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

	public String note() {
		return this.note;
	}

	public RequestState state() {
		return this.state;
	}

	public Long proposedResourceId() {
		return this.proposedResourceId;
	}

	public String proposalReason() {
		return this.proposalReason;
	}

	public String decisionReason() {
		return this.decisionReason;
	}

	public Long allocationId() {
		return this.allocationId;
	}

	public long requestedBy() {
		return this.requestedBy;
	}

	public Instant requestedAt() {
		return this.requestedAt;
	}

	public Long proposedBy() {
		return this.proposedBy;
	}

	public Long decidedBy() {
		return this.decidedBy;
	}

}

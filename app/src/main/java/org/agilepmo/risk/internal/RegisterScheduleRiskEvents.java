package org.agilepmo.risk.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.risk.ScheduleRiskEvents;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.Versioned;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's open threats with a schedule impact and links to plan activities, read
 * under the register's access rule; and the impact's edits.
 */
@Service
public class RegisterScheduleRiskEvents implements ScheduleRiskEvents {

	static final String IMPACT = "risk";

	private final Risks risks;

	private final ScheduleImpacts impacts;

	private final RegisterAccess access;

	private final AuditTrail audit;

	RegisterScheduleRiskEvents(Risks risks, ScheduleImpacts impacts, RegisterAccess access, AuditTrail audit) {
		this.risks = risks;
		this.impacts = impacts;
		this.access = access;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ScheduleRiskEvent> of(Actor actor, long projectId) {
		if (!this.access.sees(actor, projectId)) {
			return List.of();
		}
		List<Risk> open = this.risks.findByProjectIdOrderByIdAsc(projectId)
			.stream()
			.filter(r -> r.status() == RiskStatus.OPEN && r.nature() == Nature.THREAT)
			.toList();
		Map<Long, ScheduleImpact> byRisk = this.impacts.findByRiskIdIn(open.stream().map(Risk::id).toList())
			.stream()
			.collect(Collectors.toMap(ScheduleImpact::riskId, Function.identity()));
		List<ScheduleRiskEvent> events = new ArrayList<>();
		for (Risk r : open) {
			ScheduleImpact impact = byRisk.get(r.id());
			List<Long> activities = r.links()
				.stream()
				.filter(l -> "plan-activity".equals(l.kind()))
				.map(ObjectRef::id)
				.toList();
			if (impact != null && !activities.isEmpty()) {
				events.add(new ScheduleRiskEvent(r.id(), r.code(), r.title(), impact.probabilityPercent() / 100.0,
						activities, impact.delayMinMinutes(), impact.delayLikelyMinutes(), impact.delayMaxMinutes(),
						impact.costImpact()));
			}
		}
		return events;
	}

	/** The risk's schedule impact, or null when it has none. */
	@Transactional(readOnly = true)
	public ScheduleImpactView impact(Actor actor, long riskId) {
		Risk risk = visibleRisk(actor, riskId);
		return this.impacts.findById(risk.id()).map(ScheduleImpactView::of).orElse(null);
	}

	/**
	 * Sets the risk's schedule impact; {@code expectedVersion} is null for a risk without
	 * one yet.
	 */
	@Transactional
	public ScheduleImpactView revise(Actor actor, long riskId, Long expectedVersion, int probabilityPercent,
			int delayMin, int delayLikely, int delayMax, BigDecimal cost) {
		Risk risk = visibleRisk(actor, riskId);
		ProjectSummary project = this.access.editable(actor, risk.projectId());
		ScheduleImpact impact = this.impacts.findById(risk.id()).orElse(null);
		ScheduleImpact.Snapshot before = null;
		if (impact == null) {
			impact = new ScheduleImpact(risk.id());
		}
		else {
			Versioned.check("schedule impact", riskId, (expectedVersion != null) ? expectedVersion : -1,
					impact.version());
			before = impact.snapshot();
		}
		impact.revise(probabilityPercent, delayMin, delayLikely, delayMax, cost);
		impact = this.impacts.saveAndFlush(impact);
		this.audit.record(new AuditRecord(IMPACT + ".schedule-impact-changed", IMPACT, String.valueOf(riskId),
				project.classification(), risk.code() + " schedule impact", before, impact.snapshot()));
		return ScheduleImpactView.of(impact);
	}

	private Risk visibleRisk(Actor actor, long riskId) {
		Risk risk = this.risks.findById(riskId).orElseThrow(() -> new NotFoundException("risk", riskId));
		if (!this.access.sees(actor, risk.projectId())) {
			throw new NotFoundException("risk", riskId);
		}
		return risk;
	}

	/** A risk's schedule impact as shown. */
	public record ScheduleImpactView(long riskId, long version, int probabilityPercent, int delayMinMinutes,
			int delayLikelyMinutes, int delayMaxMinutes, BigDecimal costImpact) {

		static ScheduleImpactView of(ScheduleImpact i) {
			return new ScheduleImpactView(i.riskId(), i.version(), i.probabilityPercent(), i.delayMinMinutes(),
					i.delayLikelyMinutes(), i.delayMaxMinutes(), i.costImpact());
		}

	}

}

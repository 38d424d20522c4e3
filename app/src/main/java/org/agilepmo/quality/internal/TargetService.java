package org.agilepmo.quality.internal;

import java.util.Optional;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.Versioned;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bands tribes aim for, set by the PMO: a default for all and one per tribe. */
@Service
public class TargetService {

	static final String ENTITY = "quality-target";

	private final Targets targets;

	private final OrganisationDirectory organisation;

	private final AuditTrail audit;

	TargetService(Targets targets, OrganisationDirectory organisation, AuditTrail audit) {
		this.targets = targets;
		this.organisation = organisation;
		this.audit = audit;
	}

	/**
	 * Sets the band a tribe (or, without one, every tribe) aims for.
	 * @param expectedVersion the version the change was based on; {@code null} when the
	 * target did not exist yet
	 */
	@Transactional
	public Target aimFor(Actor actor, Long tribeId, Band band, Long expectedVersion) {
		Overseers.requirePmo(actor);
		if (band == null) {
			throw new RuleViolationException("band", "quality.error.required", "is required");
		}
		if (tribeId != null && this.organisation.find(tribeId).filter(t -> t.type() == UnitType.TRIBE).isEmpty()) {
			throw new RuleViolationException("tribeId", "quality.error.unknownTribe", "names no tribe");
		}
		Optional<Target> existing = tribeId == null ? this.targets.findByTribeIdIsNull()
				: this.targets.findByTribeId(tribeId);
		if (existing.isEmpty()) {
			Target target = this.targets.save(new Target(tribeId, band));
			this.audit.record(AuditRecord.created(ENTITY, target.id(), Classification.PUBLIC,
					"tribe " + tribeId + " aims for " + band));
			return target;
		}
		Target target = existing.get();
		Versioned.check("target", target.id(), expectedVersion == null ? -1 : expectedVersion, target.version());
		Band before = target.band();
		target.aimFor(band);
		this.targets.saveAndFlush(target);
		this.audit.record(AuditRecord.updated(ENTITY, target.id(), Classification.PUBLIC,
				"tribe " + tribeId + " aims for " + before, "tribe " + tribeId + " aims for " + band));
		return target;
	}

	@Transactional(readOnly = true)
	public Optional<Target> of(Long tribeId) {
		return tribeId == null ? this.targets.findByTribeIdIsNull() : this.targets.findByTribeId(tribeId);
	}

}

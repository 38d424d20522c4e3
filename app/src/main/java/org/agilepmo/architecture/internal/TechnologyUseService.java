package org.agilepmo.architecture.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.Versioned;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The technologies a project declares. One on hold, or not in the catalogue, is declared
 * with a waiver: a reason and an expiry at most {@value #WAIVER_MONTHS} months ahead; the
 * board may renew it. A use that needs a waiver and has none in force (it expired, or the
 * technology was put on hold since) is a deviation of the project.
 */
@Service
public class TechnologyUseService {

	static final String ENTITY = "technology-use";

	static final int WAIVER_MONTHS = 12;

	private final TechnologyUses uses;

	private final CatalogueEntries catalogue;

	private final ArchitectureAccess access;

	private final AuditTrail audit;

	private final ArchitectureClock clock;

	TechnologyUseService(TechnologyUses uses, CatalogueEntries catalogue, ArchitectureAccess access, AuditTrail audit,
			ArchitectureClock clock) {
		this.uses = uses;
		this.catalogue = catalogue;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<TechnologyUse> ofProject(Actor actor, long projectId) {
		this.access.requireProject(actor, projectId);
		return this.uses.findByProjectIdOrderByNameAsc(projectId);
	}

	/**
	 * A use as the project's page shows it: its entry, whether it needs a waiver, the
	 * deviation.
	 */
	public record UseView(TechnologyUse use, CatalogueEntry entry, boolean needsWaiver, boolean deviation) {
	}

	@Transactional(readOnly = true)
	public List<UseView> views(Actor actor, long projectId) {
		LocalDate today = this.clock.today();
		return ofProject(actor, projectId).stream().map(u -> view(u, today)).toList();
	}

	@Transactional(readOnly = true)
	public List<UseView> deviations(Actor actor, long projectId) {
		return views(actor, projectId).stream().filter(UseView::deviation).toList();
	}

	/**
	 * The deviations of one project, whoever asks (for my work: the caller checked the
	 * rights).
	 */
	List<UseView> deviationsOf(long projectId) {
		LocalDate today = this.clock.today();
		return this.uses.findByProjectIdOrderByNameAsc(projectId)
			.stream()
			.map(u -> view(u, today))
			.filter(UseView::deviation)
			.toList();
	}

	private UseView view(TechnologyUse u, LocalDate today) {
		CatalogueEntry entry = u.entryId() == null ? null : this.catalogue.findById(u.entryId()).orElse(null);
		boolean needs = entry == null || entry.isOnHold();
		boolean deviation = needs && (!u.hasWaiver() || u.waiverExpired(today));
		return new UseView(u, entry, needs, deviation);
	}

	/**
	 * The project declares it uses a technology: one of the catalogue's (entryId), or one
	 * it names; on hold or unknown, with a waiver.
	 */
	@Transactional
	public TechnologyUse declare(Actor actor, long projectId, Long entryId, String name, String waiverReason,
			LocalDate waiverExpiresOn) {
		ProjectSummary project = this.access.editableProject(actor, projectId);
		CatalogueEntry entry;
		if (entryId != null) {
			entry = this.catalogue.findById(entryId)
				.orElseThrow(() -> new RuleViolationException("entryId", "architecture.error.unknownEntry",
						"is not in the catalogue"));
		}
		else {
			String n = Texts.required("name", name, 120);
			entry = this.catalogue.findByNameIgnoreCase(n).orElse(null);
		}
		String useName = entry != null ? entry.name() : name.strip();
		if (this.uses.existsByProjectIdAndNameIgnoreCase(projectId, useName)) {
			throw new RuleViolationException(entryId != null ? "entryId" : "name", "architecture.error.useExists",
					"the project already declares it");
		}
		TechnologyUse use = new TechnologyUse(projectId, entry == null ? null : entry.id(), useName, actor.id(),
				this.clock.now());
		boolean needs = entry == null || entry.isOnHold();
		if (needs || waiverReason != null && !waiverReason.isBlank()) {
			waive(use, waiverReason, waiverExpiresOn, actor);
		}
		use = this.uses.saveAndFlush(use);
		this.audit.record(AuditRecord.created(ENTITY, use.id(), project.classification(), use.state()));
		return use;
	}

	/** The board renews (or grants) the waiver of a use. */
	@Transactional
	public TechnologyUse renewWaiver(Actor actor, long id, long expectedVersion, String reason, LocalDate expiresOn) {
		TechnologyUse use = this.uses.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		ProjectSummary project = this.access.project(actor, use.projectId())
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
		if (!this.access.isBoard(actor)) {
			throw new AccessDeniedException("only the architecture board renews a waiver");
		}
		Versioned.check(ENTITY, id, expectedVersion, use.version());
		var before = use.state();
		waive(use, reason, expiresOn, actor);
		use = this.uses.saveAndFlush(use);
		this.audit.record(new AuditRecord(ENTITY + ".waived", ENTITY, String.valueOf(id), project.classification(),
				null, before, use.state()));
		return use;
	}

	@Transactional(readOnly = true)
	public TechnologyUse get(Actor actor, long id) {
		TechnologyUse use = this.uses.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		Optional<ProjectSummary> project = this.access.project(actor, use.projectId());
		if (project.isEmpty()) {
			throw new NotFoundException(ENTITY, id);
		}
		return use;
	}

	private void waive(TechnologyUse use, String reason, LocalDate expiresOn, Actor actor) {
		LocalDate today = this.clock.today();
		if (expiresOn != null && expiresOn.isAfter(today.plusMonths(WAIVER_MONTHS))) {
			throw new RuleViolationException("waiverExpiresOn", "architecture.error.expiryTooFar",
					"a waiver runs at most " + WAIVER_MONTHS + " months", WAIVER_MONTHS);
		}
		use.waive(reason, expiresOn, actor.id(), today);
	}

}

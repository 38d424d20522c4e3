package org.agilepmo.governance.internal;

import java.util.ArrayList;
import java.util.List;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.shared.Versioned;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The gate templates: the defaults given at start-up, changed by the PMO. */
@Service
public class GateTemplateService {

	static final String ENTITY = "gate-template";

	private final GateTemplates templates;

	private final AuditTrail audit;

	GateTemplateService(GateTemplates templates, AuditTrail audit) {
		this.templates = templates;
		this.audit = audit;
	}

	/**
	 * Gives the platform the default templates it lacks: at start-up (so that reading
	 * them never writes) and before a change.
	 */
	@EventListener(ApplicationStartedEvent.class)
	@Transactional
	public synchronized void createMissingDefaults() {
		for (Stage stage : DefaultGates.GATED) {
			if (this.templates.findByTargetStage(stage).isEmpty()) {
				GateTemplate created = this.templates
					.saveAndFlush(new GateTemplate(stage, DefaultGates.ITEMS.get(stage)));
				this.audit.record(AuditRecord.created(ENTITY, created.id(), null, created.items()));
			}
		}
	}

	/**
	 * Every template, in lifecycle order (a default one, not yet stored, for a stage that
	 * has none).
	 */
	@Transactional(readOnly = true)
	public List<GateTemplate> templates() {
		List<GateTemplate> all = new ArrayList<>();
		for (Stage stage : DefaultGates.GATED) {
			all.add(this.templates.findByTargetStage(stage)
				.orElseGet(() -> new GateTemplate(stage, DefaultGates.ITEMS.get(stage))));
		}
		return all;
	}

	@Transactional(readOnly = true)
	public GateTemplate template(Stage stage) {
		return templates().stream()
			.filter(t -> t.targetStage() == stage)
			.findFirst()
			.orElseThrow(() -> new NotFoundException(ENTITY, stage));
	}

	@Transactional
	public GateTemplate replaceItems(Actor actor, Stage stage, long expectedVersion, List<TemplateItem> items) {
		return changeItems(actor, stage, expectedVersion, current -> items);
	}

	/** Applies a change to the template's items as they are now, in this transaction. */
	@Transactional
	public GateTemplate changeItems(Actor actor, Stage stage, long expectedVersion, Change<List<TemplateItem>> change) {
		if (!actor.isPortfolioWide()) {
			throw new AccessDeniedException("only the PMO changes gate templates");
		}
		createMissingDefaults();
		GateTemplate template = template(stage);
		Versioned.check(ENTITY, stage, expectedVersion, template.version());
		List<TemplateItem> before = template.items();
		template.replaceItems(change.applyTo(new ArrayList<>(before)));
		try {
			this.templates.saveAndFlush(template);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(ENTITY, stage, expectedVersion, expectedVersion + 1);
		}
		this.audit.record(AuditRecord.updated(ENTITY, template.id(), null, before, template.items()));
		return template;
	}

}

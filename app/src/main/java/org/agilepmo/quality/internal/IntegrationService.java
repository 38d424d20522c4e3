package org.agilepmo.quality.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.quality.internal.Integration.Provider;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.Versioned;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A squad's GitHub and GitLab integrations: registered by the squad's indicator readers,
 * each with a secret made here and shown once (GitHub's sealed so that signatures can be
 * checked, GitLab's kept only as a hash).
 */
@Service
public class IntegrationService {

	static final String ENTITY = "quality-integration";

	private final Integrations integrations;

	private final IndicatorAccess access;

	private final SecretBox box;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	IntegrationService(Integrations integrations, IndicatorAccess access, SecretBox box, AuditTrail audit,
			Optional<Clock> clock) {
		this.integrations = integrations;
		this.access = access;
		this.box = box;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** A new integration and its secret, shown this once. */
	public record Registered(Integration integration, String secret) {

	}

	@Transactional
	public Registered register(Actor actor, long squadId, Provider provider, String serviceRef) {
		this.access.requireSquad(squadId, actor);
		if (provider == null) {
			throw new RuleViolationException("provider", "quality.error.required", "is required");
		}
		String secret = HexFormat.of().formatHex(randomBytes());
		Integration integration = this.integrations
			.save(new Integration(squadId, provider, Texts.optional("serviceRef", serviceRef, 120),
					provider == Provider.GITHUB ? this.box.seal(secret) : null,
					provider == Provider.GITLAB ? Signatures.hash(secret) : null, this.clock.instant()));
		this.audit.record(AuditRecord.created(ENTITY, integration.id(), Classification.PUBLIC, integration.state()));
		return new Registered(integration, secret);
	}

	/**
	 * Registers an integration with a secret chosen elsewhere (the demo's, a test's).
	 */
	@Transactional
	public Integration registerWith(Actor actor, long squadId, Provider provider, String serviceRef, String secret) {
		this.access.requireSquad(squadId, actor);
		Integration integration = this.integrations.save(new Integration(squadId, provider, serviceRef,
				provider == Provider.GITHUB ? this.box.seal(secret) : null,
				provider == Provider.GITLAB ? Signatures.hash(secret) : null, this.clock.instant()));
		this.audit.record(AuditRecord.created(ENTITY, integration.id(), Classification.PUBLIC, integration.state()));
		return integration;
	}

	@Transactional
	public Integration deactivate(Actor actor, long integrationId, long expectedVersion) {
		Integration integration = this.integrations.findById(integrationId)
			.filter(i -> this.access.maySeeSquad(actor, i.squadId()))
			.orElseThrow(() -> new NotFoundException("integration", integrationId));
		Versioned.check("integration", integrationId, expectedVersion, integration.version());
		String before = integration.state();
		integration.deactivate();
		this.integrations.saveAndFlush(integration);
		this.audit
			.record(AuditRecord.updated(ENTITY, integration.id(), Classification.PUBLIC, before, integration.state()));
		return integration;
	}

	@Transactional(readOnly = true)
	public List<Integration> ofSquad(Actor actor, long squadId) {
		this.access.requireSquad(squadId, actor);
		return this.integrations.findBySquadIdOrderByIdAsc(squadId);
	}

	/** Whether GitHub secrets are sealed with a configured key. */
	public boolean seals() {
		return this.box.seals();
	}

	private byte[] randomBytes() {
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		return bytes;
	}

}

package org.agilepmo.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.agilepmo.delivery.DeliveryScene;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.quality.internal.AuditService;
import org.agilepmo.quality.internal.AuditService.ActionDraft;
import org.agilepmo.quality.internal.AuditService.AuditDraft;
import org.agilepmo.quality.internal.AuditService.FindingDraft;
import org.agilepmo.quality.internal.CorrectiveAction;
import org.agilepmo.quality.internal.EventIngestion;
import org.agilepmo.quality.internal.EventIngestion.DeploymentInput;
import org.agilepmo.quality.internal.Finding;
import org.agilepmo.quality.internal.Integration;
import org.agilepmo.quality.internal.IntegrationService;
import org.agilepmo.quality.internal.Overseers;
import org.agilepmo.quality.internal.TechnicalAudit;
import org.agilepmo.shared.Classification;

import org.springframework.boot.test.context.TestComponent;

/**
 * The quality module's public test support: a squad in its tribe, overseers, delivery
 * events, integrations with known secrets and audits with findings and actions, made
 * through the module's services and answered as ids.
 */
@TestComponent
public class QualityFixtures {

	private final IdentityFixtures people;

	private final OrganisationManagement organisation;

	private final EventIngestion ingestion;

	private final IntegrationService integrations;

	private final Overseers overseers;

	private final AuditService audits;

	QualityFixtures(IdentityFixtures people, OrganisationManagement organisation, EventIngestion ingestion,
			IntegrationService integrations, Overseers overseers, AuditService audits) {
		this.people = people;
		this.organisation = organisation;
		this.ingestion = ingestion;
		this.integrations = integrations;
		this.overseers = overseers;
		this.audits = audits;
	}

	/** A fresh tribe with a squad and a squad member. */
	public DeliveryScene squad() {
		return new DeliveryScene(this.people, this.organisation);
	}

	/** Makes the person a quality overseer (as the CTO is). */
	public void oversee(PersonSummary admin, PersonSummary person) {
		this.people.actingAs(admin, () -> this.overseers.appoint(IdentityFixtures.actor(admin), person.id()));
	}

	/** Records a deployment; answers its id. */
	public long deployment(PersonSummary by, long squadId, String externalId, String service, Instant at,
			boolean failed) {
		return this.people.actingAs(by,
				() -> this.ingestion
					.deployment(IdentityFixtures.actor(by), squadId,
							new DeploymentInput(externalId, service, null, at, failed, null))
					.value()
					.id());
	}

	/** An integration with the secret given; answers its id and version. */
	public IntegrationRef integration(PersonSummary by, long squadId, String provider, String secret) {
		Integration i = this.people.actingAs(by, () -> this.integrations.registerWith(IdentityFixtures.actor(by),
				squadId, Integration.Provider.valueOf(provider), null, secret));
		return new IntegrationRef(i.id(), i.version());
	}

	/**
	 * An application audit led by {@code lead} (PMO or overseer), with one finding and,
	 * if an owner is given, one open action.
	 */
	public AuditRef audit(PersonSummary lead, PersonSummary owner) {
		return this.people.actingAs(lead, () -> {
			var actor = IdentityFixtures.actor(lead);
			TechnicalAudit audit = this.audits.open(actor,
					new AuditDraft("Audit " + DeliveryScene.code(), TechnicalAudit.Subject.APPLICATION, null, null,
							"Application " + DeliveryScene.code(), null, Classification.PUBLIC, Set.of()));
			Finding finding = this.audits.recordFinding(actor, audit.id(),
					new FindingDraft(Finding.Severity.HIGH, "Unpatched libraries", "Secure development 4.2", null));
			Long actionId = null;
			long actionVersion = 0;
			if (owner != null) {
				CorrectiveAction action = this.audits.addAction(actor, finding.id(),
						new ActionDraft("Upgrade the libraries", owner.id(), LocalDate.now().plusDays(10)));
				actionId = action.id();
				actionVersion = action.version();
			}
			return new AuditRef(audit.id(), audit.version(), finding.id(), actionId, actionVersion);
		});
	}

	public record IntegrationRef(long id, long version) {
	}

	public record AuditRef(long id, long version, long findingId, Long actionId, long actionVersion) {
	}

}

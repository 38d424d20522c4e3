package org.agilepmo.webhooks;

import java.util.Set;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.PlatformEvent;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.webhooks.internal.WebhookEndpoint;
import org.agilepmo.webhooks.internal.WebhookService;
import org.agilepmo.webhooks.internal.WebhookService.EndpointDraft;

import org.springframework.boot.test.context.TestComponent;

/**
 * The webhooks module's public test support: an endpoint registered by an administrator,
 * answered as its id and version.
 */
@TestComponent
public class WebhooksFixtures {

	private final WebhookService webhooks;

	private final IdentityFixtures identity;

	WebhooksFixtures(WebhookService webhooks, IdentityFixtures identity) {
		this.webhooks = webhooks;
		this.identity = identity;
	}

	/**
	 * An endpoint on a loopback port nothing listens to (allowed explicitly), hearing of
	 * deviations only.
	 */
	public EndpointRef endpoint(PersonSummary administrator) {
		WebhookEndpoint endpoint = this.identity
			.actingAs(administrator, () -> this.webhooks.register(new EndpointDraft("http://127.0.0.1:9/fixture",
					"fixture", Set.of(PlatformEvent.DEVIATION_RAISED), ScreeningLevel.NONE, true, true)))
			.endpoint();
		return new EndpointRef(endpoint.id(), endpoint.version());
	}

	/** An endpoint's id and the version to send with a change. */
	public record EndpointRef(long id, long version) {
	}

}

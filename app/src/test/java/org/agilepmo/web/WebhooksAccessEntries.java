package org.agilepmo.web;

import java.util.List;
import java.util.Map;

import org.agilepmo.shared.GlobalRole;
import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;
import org.agilepmo.web.AccessMatrix.Scene;
import org.agilepmo.webhooks.WebhooksFixtures;
import org.agilepmo.webhooks.WebhooksFixtures.EndpointRef;

import static org.agilepmo.web.AccessMatrix.role;
import static org.agilepmo.web.AccessMatrix.signedIn;

/**
 * Webhooks in the access matrix: administrators only, on the pages and in the API; and a
 * person's choice of the language the platform writes to them in.
 */
final class WebhooksAccessEntries {

	private static final String BODY = "{\"url\":\"http://127.0.0.1:9/matrix\",\"eventTypes\":[\"deviation.raised\"],"
			+ "\"clearance\":\"NONE\",\"allowPrivateAddress\":true}";

	static final List<Entry> ENTRIES = List.of(
			signedIn("POST", "/account/language", s -> Sample.of("/account/language").form(Map.of("language", "fr"))),
			role("GET", "/admin/webhooks", s -> Sample.of("/admin/webhooks"), GlobalRole.ADMINISTRATOR),
			role("POST", "/admin/webhooks",
					s -> Sample.of("/admin/webhooks")
						.form(Map.of("url", "http://127.0.0.1:9/matrix", "eventTypes", "deviation.raised", "clearance",
								"NONE", "allowPrivateAddress", "true")),
					GlobalRole.ADMINISTRATOR),
			role("GET", "/admin/webhooks/{id}", s -> Sample.of("/admin/webhooks/" + endpoint(s).id()),
					GlobalRole.ADMINISTRATOR),
			role("POST", "/admin/webhooks/{id}", s -> {
				EndpointRef endpoint = endpoint(s);
				return Sample.of("/admin/webhooks/" + endpoint.id())
					.form(Map.of("url", "http://127.0.0.1:9/changed", "eventTypes", "deviation.raised", "clearance",
							"NONE", "allowPrivateAddress", "true", "active", "true", "version",
							String.valueOf(endpoint.version())));
			}, GlobalRole.ADMINISTRATOR),
			role("GET", "/api/v1/webhooks", s -> Sample.of("/api/v1/webhooks"), GlobalRole.ADMINISTRATOR),
			role("POST", "/api/v1/webhooks", s -> Sample.of("/api/v1/webhooks").json(BODY), GlobalRole.ADMINISTRATOR),
			role("GET", "/api/v1/webhooks/{id}", s -> Sample.of("/api/v1/webhooks/" + endpoint(s).id()),
					GlobalRole.ADMINISTRATOR),
			role("PUT", "/api/v1/webhooks/{id}", s -> {
				EndpointRef endpoint = endpoint(s);
				return Sample.of("/api/v1/webhooks/" + endpoint.id()).json(BODY).ifMatch(endpoint.version());
			}, GlobalRole.ADMINISTRATOR), role("GET", "/api/v1/webhooks/{id}/deliveries",
					s -> Sample.of("/api/v1/webhooks/" + endpoint(s).id() + "/deliveries"), GlobalRole.ADMINISTRATOR));

	private WebhooksAccessEntries() {
	}

	private static EndpointRef endpoint(Scene s) {
		return s.bean(WebhooksFixtures.class).endpoint(s.holderOf(GlobalRole.ADMINISTRATOR));
	}

}

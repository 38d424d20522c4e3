package org.agilepmo.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agilepmo.identity.PersonSummary;
import org.agilepmo.partners.PartnersFixtures;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;
import org.agilepmo.web.AccessMatrix.Scene;

import static org.agilepmo.web.AccessMatrix.PMO;
import static org.agilepmo.web.AccessMatrix.project;
import static org.agilepmo.web.AccessMatrix.role;
import static org.agilepmo.web.AccessMatrix.signedIn;

/**
 * Partners in the access matrix. A unit's organisations and contacts are its members' and
 * the PMO's: the samples use the scene's unit, of which no one is a member, so the PMO
 * gets through and everyone else gets 404 (the unit members' access is shown by
 * {@code PartnersOverHttpTest}). The partner list is every signed-in person's, holding
 * what they may see. A project's stakeholders and engagement log follow the project's
 * rule; the project manager places the organisations of a unit they belong to.
 */
final class PartnersAccessEntries {

	static final List<Entry> ENTRIES = List.of(
			signedIn("GET", "/api/v1/partner-organisations", s -> Sample.of("/api/v1/partner-organisations")),
			role("POST", "/api/v1/partner-organisations", s -> Sample.of("/api/v1/partner-organisations")
				.json("{\"unitId\":" + s.unit().id()
						+ ",\"name\":\"Matrix bureau\",\"type\":\"NGO\",\"country\":\"MA\",\"languages\":\"fr\"}"),
					PMO),
			role("GET", "/api/v1/partner-organisations/{id}",
					s -> Sample.of("/api/v1/partner-organisations/" + organisation(s)), PMO),
			role("PATCH", "/api/v1/partner-organisations/{id}", s -> {
				long id = organisation(s);
				return Sample.of("/api/v1/partner-organisations/" + id)
					.json("{\"country\":\"JO\"}")
					.ifMatch(fixtures(s).organisationVersion(keeper(s), id));
			}, PMO),
			role("GET", "/api/v1/partner-organisations/{id}/contacts",
					s -> Sample.of("/api/v1/partner-organisations/" + organisation(s) + "/contacts"), PMO),
			role("POST", "/api/v1/partner-organisations/{id}/contacts",
					s -> Sample.of("/api/v1/partner-organisations/" + organisation(s) + "/contacts")
						.json("{\"name\":\"Matrix contact\",\"email\":\"matrix@example.org\"}"),
					PMO),
			role("GET", "/api/v1/contacts/{id}", s -> Sample.of("/api/v1/contacts/" + contact(s)), PMO),
			role("PATCH", "/api/v1/contacts/{id}", s -> {
				long id = contact(s);
				return Sample.of("/api/v1/contacts/" + id)
					.json("{\"role\":\"Matrix\"}")
					.ifMatch(fixtures(s).contactVersion(keeper(s), id));
			}, PMO),
			role("GET", "/api/v1/contacts/{id}/export", s -> Sample.of("/api/v1/contacts/" + contact(s) + "/export"),
					PMO),
			project("GET", "/api/v1/projects/{id}/stakeholders",
					s -> Sample.of("/api/v1/projects/" + s.projectId() + "/stakeholders")),
			project("POST", "/api/v1/projects/{id}/stakeholders",
					s -> Sample.of("/api/v1/projects/" + s.projectId() + "/stakeholders")
						.json("{\"organisationId\":" + managersOrganisation(s) + ",\"interest\":3,\"influence\":4}")),
			project("PATCH", "/api/v1/stakeholders/{id}", s -> {
				long id = stakeholder(s);
				return Sample.of("/api/v1/stakeholders/" + id)
					.json("{\"interest\":5}")
					.ifMatch(fixtures(s).stakeholderVersion(keeper(s), id));
			}),
			project("GET", "/api/v1/projects/{id}/engagements",
					s -> Sample.of("/api/v1/projects/" + s.projectId() + "/engagements")),
			project("POST", "/api/v1/stakeholders/{id}/engagements",
					s -> Sample.of("/api/v1/stakeholders/" + stakeholder(s) + "/engagements")
						.json("{\"occurredOn\":\"" + LocalDate.now() + "\",\"kind\":\"CALL\",\"summary\":\"Matrix\"}")),
			// Pages
			signedIn("GET", "/partners", s -> Sample.of("/partners")),
			role("POST", "/partners",
					s -> Sample.of("/partners")
						.form(Map.of("unitId", String.valueOf(s.unit().id()), "name", "Matrix bureau", "type", "NGO",
								"country", "FR", "languages", "fr")),
					PMO),
			role("GET", "/partners/organisations/{id}", s -> Sample.of("/partners/organisations/" + organisation(s)),
					PMO),
			role("POST", "/partners/organisations/{id}", s -> {
				long id = organisation(s);
				return Sample.of("/partners/organisations/" + id)
					.form(Map.of("version", String.valueOf(fixtures(s).organisationVersion(keeper(s), id)), "unitId",
							String.valueOf(s.unit().id()), "name", "Renamed bureau", "type", "DONOR", "country", "SN",
							"languages", "fr"));
			}, PMO),
			role("POST", "/partners/organisations/{id}/contacts",
					s -> Sample.of("/partners/organisations/" + organisation(s) + "/contacts")
						.form(Map.of("name", "Matrix contact", "country", "FR", "languages", "fr", "retainUntil",
								LocalDate.now().plusYears(1).toString())),
					PMO),
			role("GET", "/partners/contacts/{id}", s -> Sample.of("/partners/contacts/" + contact(s)), PMO),
			role("POST", "/partners/contacts/{id}", s -> {
				long id = contact(s);
				return Sample.of("/partners/contacts/" + id)
					.form(Map.of("version", String.valueOf(fixtures(s).contactVersion(keeper(s), id)), "name",
							"Renamed contact", "languages", "fr", "retainUntil",
							LocalDate.now().plusYears(1).toString()));
			}, PMO),
			role("GET", "/partners/contacts/{id}/export",
					s -> Sample.of("/partners/contacts/" + contact(s) + "/export"), PMO),
			project("GET", "/projects/{id}/stakeholders",
					s -> Sample.of("/projects/" + s.projectId() + "/stakeholders")),
			project("POST", "/projects/{id}/stakeholders",
					s -> Sample.of("/projects/" + s.projectId() + "/stakeholders")
						.form(Map.of("who", "o" + managersOrganisation(s), "interest", "2", "influence", "2"))),
			project("POST", "/stakeholders/{id}", s -> {
				long id = stakeholder(s);
				return Sample.of("/stakeholders/" + id)
					.form(Map.of("version", String.valueOf(fixtures(s).stakeholderVersion(keeper(s), id)), "interest",
							"4", "influence", "4"));
			}),
			project("POST", "/projects/{id}/engagements",
					s -> Sample.of("/projects/" + s.projectId() + "/engagements")
						.form(Map.of("stakeholderId", String.valueOf(stakeholder(s)), "occurredOn",
								LocalDate.now().toString(), "kind", "MEETING", "summary", "Matrix"))));

	private PartnersAccessEntries() {
	}

	private static PartnersFixtures fixtures(Scene s) {
		return s.bean(PartnersFixtures.class);
	}

	/** The PMO officer: sees every unit's partners and may change every project. */
	private static PersonSummary keeper(Scene s) {
		return s.holderOf(GlobalRole.PMO_OFFICER);
	}

	private static String name() {
		return "Matrix " + UUID.randomUUID().toString().substring(0, 8);
	}

	private static long organisation(Scene s) {
		return fixtures(s).organisation(keeper(s), s.unit().id(), name());
	}

	private static long contact(Scene s) {
		return fixtures(s).contact(keeper(s), organisation(s), name(), null, null, LocalDate.now().plusYears(1));
	}

	/** An organisation of a unit the project manager belongs to. */
	private static long managersOrganisation(Scene s) {
		long unit = fixtures(s).unit(s.projectManager());
		return fixtures(s).organisation(keeper(s), unit, name());
	}

	private static long stakeholder(Scene s) {
		return fixtures(s).stakeholder(keeper(s), s.projectId(), organisation(s), null, 3, 3);
	}

}

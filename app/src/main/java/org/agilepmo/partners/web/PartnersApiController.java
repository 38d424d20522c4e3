package org.agilepmo.partners.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.partners.internal.EngagementKind;
import org.agilepmo.partners.internal.OrganisationType;
import org.agilepmo.partners.internal.PartnerContact;
import org.agilepmo.partners.internal.PartnerOrganisation;
import org.agilepmo.partners.internal.PartnerService;
import org.agilepmo.partners.internal.Stakeholder;
import org.agilepmo.partners.internal.StakeholderService;
import org.agilepmo.partners.internal.Strategy;
import org.agilepmo.partners.internal.SubjectAccessExport;
import org.agilepmo.partners.web.PartnerPatches.ContactPatch;
import org.agilepmo.partners.web.PartnerPatches.OrganisationPatch;
import org.agilepmo.partners.web.PartnerPatches.StakeholderPatch;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partner organisations, contacts, a project's stakeholders and their engagement log, and
 * a contact's subject-access export: a unit's partners for its people and the PMO (404 to
 * anyone else), a project's stakeholders under the project's rule.
 */
@RestController
@Tag(name = "Partners", description = "Partner organisations, contacts, stakeholders and engagement")
class PartnersApiController {

	private final PartnerService partners;

	private final StakeholderService stakeholders;

	private final SubjectAccessExport export;

	PartnersApiController(PartnerService partners, StakeholderService stakeholders, SubjectAccessExport export) {
		this.partners = partners;
		this.stakeholders = stakeholders;
		this.export = export;
	}

	record OrganisationResource(long id, long version, long unitId, String name, OrganisationType type, String country,
			List<String> languages) {

		static OrganisationResource of(PartnerOrganisation o) {
			return new OrganisationResource(o.id(), o.version(), o.unitId(), o.name(), o.type(), o.country(),
					codes(o.languages()));
		}

	}

	record ContactResource(long id, long version, long organisationId, String name, String role, String country,
			List<String> languages, String email, String phone, LocalDate retainUntil, boolean anonymised) {

		static ContactResource of(PartnerContact c) {
			return new ContactResource(c.id(), c.version(), c.organisationId(), c.name(), c.role(), c.country(),
					codes(c.languages()), c.email(), c.phone(), c.retainUntil(), c.isAnonymised());
		}

	}

	record StakeholderResource(long id, long version, long projectId, long organisationId, Long contactId, String name,
			int interest, int influence, Strategy strategy, Strategy gridStrategy, String overrideReason) {

		static StakeholderResource of(StakeholderService.StakeholderView v) {
			Stakeholder s = v.stakeholder();
			return new StakeholderResource(s.id(), s.version(), s.projectId(), s.organisationId(), s.contactId(),
					v.label(), s.interest(), s.influence(), s.strategy(), s.derived(), s.overrideReason());
		}

	}

	record EngagementResource(long id, long stakeholderId, LocalDate occurredOn, EngagementKind kind, String summary,
			Set<Long> contactIds) {
	}

	private static List<String> codes(String languages) {
		return languages == null || languages.isBlank() ? List.of() : List.of(languages.split(","));
	}

	record NewOrganisation(Long unitId, String name, OrganisationType type, String country, String languages) {
	}

	@GetMapping("/api/v1/partner-organisations")
	@Operation(summary = "The partner organisations of the caller's units (every unit for the PMO), by name")
	List<OrganisationResource> organisations(@RequestParam(required = false) Long unitId) {
		return this.partners.organisations(CurrentActor.require(), unitId)
			.stream()
			.map(OrganisationResource::of)
			.toList();
	}

	@PostMapping("/api/v1/partner-organisations")
	@Operation(summary = "Add a partner organisation to a unit",
			description = "Country as ISO 3166-1 alpha-2, " + "languages as ISO 639-1 codes separated by commas.")
	ResponseEntity<OrganisationResource> addOrganisation(@RequestBody NewOrganisation body) {
		PartnerOrganisation o = this.partners.addOrganisation(CurrentActor.require(), body.unitId(),
				new PartnerOrganisation.Draft(body.name(), body.type(), body.country(), body.languages()));
		return ETags.created("/api/v1/partner-organisations/" + o.id(), OrganisationResource.of(o), o.version());
	}

	@GetMapping("/api/v1/partner-organisations/{id}")
	@Operation(summary = "A partner organisation")
	ResponseEntity<OrganisationResource> organisation(@PathVariable long id) {
		PartnerOrganisation o = this.partners.organisation(CurrentActor.require(), id);
		return ETags.ok(OrganisationResource.of(o), o.version());
	}

	@PatchMapping("/api/v1/partner-organisations/{id}")
	@Operation(summary = "Change a partner organisation", description = "Needs If-Match.")
	ResponseEntity<OrganisationResource> editOrganisation(@PathVariable long id, @RequestBody OrganisationPatch patch,
			@IfMatch long version) {
		PartnerOrganisation o = this.partners.editOrganisation(CurrentActor.require(), id, version, patch);
		return ETags.ok(OrganisationResource.of(o), o.version());
	}

	@GetMapping("/api/v1/partner-organisations/{id}/contacts")
	@Operation(summary = "An organisation's contacts, by name")
	List<ContactResource> contacts(@PathVariable long id) {
		return this.partners.contacts(CurrentActor.require(), id).stream().map(ContactResource::of).toList();
	}

	record NewContact(String name, String role, String country, String languages, String email, String phone,
			LocalDate retainUntil) {
	}

	@PostMapping("/api/v1/partner-organisations/{id}/contacts")
	@Operation(summary = "Add a contact to an organisation",
			description = "Only what working with the person needs; kept until retainUntil (by default two years), "
					+ "then anonymised.")
	ResponseEntity<ContactResource> addContact(@PathVariable long id, @RequestBody NewContact body) {
		PartnerContact c = this.partners.addContact(CurrentActor.require(), id, new PartnerContact.Draft(body.name(),
				body.role(), body.country(), body.languages(), body.email(), body.phone(), body.retainUntil()));
		return ETags.created("/api/v1/contacts/" + c.id(), ContactResource.of(c), c.version());
	}

	@GetMapping("/api/v1/contacts/{id}")
	@Operation(summary = "A contact")
	ResponseEntity<ContactResource> contact(@PathVariable long id) {
		PartnerContact c = this.partners.contact(CurrentActor.require(), id);
		return ETags.ok(ContactResource.of(c), c.version());
	}

	@PatchMapping("/api/v1/contacts/{id}")
	@Operation(summary = "Change a contact", description = "Needs If-Match.")
	ResponseEntity<ContactResource> editContact(@PathVariable long id, @RequestBody ContactPatch patch,
			@IfMatch long version) {
		PartnerContact c = this.partners.editContact(CurrentActor.require(), id, version, patch);
		return ETags.ok(ContactResource.of(c), c.version());
	}

	@GetMapping("/api/v1/contacts/{id}/export")
	@Operation(summary = "Everything the platform holds about a contact (subject-access export)",
			description = "The contact, their stakeholder links, the engagement log entries they took part in "
					+ "(others left out) and the audit entries about them, by section.")
	SubjectAccessExport.Export export(@PathVariable long id) {
		return this.export.of(CurrentActor.require(), id);
	}

	@GetMapping("/api/v1/projects/{id}/stakeholders")
	@Operation(summary = "A project's stakeholders with their place on the grid and their strategy")
	List<StakeholderResource> stakeholders(@PathVariable long id) {
		return this.stakeholders.of(CurrentActor.require(), id).stream().map(StakeholderResource::of).toList();
	}

	record NewStakeholder(Long organisationId, Long contactId, Integer interest, Integer influence, Strategy override,
			String reason) {
	}

	@PostMapping("/api/v1/projects/{id}/stakeholders")
	@Operation(summary = "Place an organisation or a contact on the project's grid",
			description = "Interest and influence from 1 to 5; an override of the grid's strategy needs a reason.")
	ResponseEntity<StakeholderResource> addStakeholder(@PathVariable long id, @RequestBody NewStakeholder body) {
		Actor actor = CurrentActor.require();
		Stakeholder s = this.stakeholders.add(actor, id, body.organisationId(), body.contactId(),
				new Stakeholder.Draft(body.interest(), body.influence(), body.override(), body.reason()));
		return ETags.created("/api/v1/stakeholders/" + s.id(), view(actor, s), s.version());
	}

	@PatchMapping("/api/v1/stakeholders/{id}")
	@Operation(summary = "Move a stakeholder on the grid or override their strategy", description = "Needs If-Match.")
	ResponseEntity<StakeholderResource> editStakeholder(@PathVariable long id, @RequestBody StakeholderPatch patch,
			@IfMatch long version) {
		Actor actor = CurrentActor.require();
		Stakeholder s = this.stakeholders.edit(actor, id, version, patch);
		return ETags.ok(view(actor, s), s.version());
	}

	@GetMapping("/api/v1/projects/{id}/engagements")
	@Operation(summary = "A project's engagement log, newest first")
	List<EngagementResource> engagements(@PathVariable long id) {
		return this.stakeholders.log(CurrentActor.require(), id)
			.stream()
			.map(v -> new EngagementResource(v.engagement().id(), v.engagement().stakeholderId(),
					v.engagement().occurredOn(), v.engagement().kind(), v.engagement().summary(),
					v.engagement().contactIds()))
			.toList();
	}

	record NewEngagement(LocalDate occurredOn, EngagementKind kind, String summary, Set<Long> contactIds) {
	}

	@PostMapping("/api/v1/stakeholders/{id}/engagements")
	@Operation(summary = "Log a meeting, message, call or event with a stakeholder")
	ResponseEntity<EngagementResource> engage(@PathVariable long id, @RequestBody NewEngagement body) {
		var e = this.stakeholders.record(CurrentActor.require(), id, body.occurredOn(), body.kind(), body.summary(),
				body.contactIds());
		return ResponseEntity.created(java.net.URI.create("/api/v1/projects/" + e.projectId() + "/engagements"))
			.body(new EngagementResource(e.id(), e.stakeholderId(), e.occurredOn(), e.kind(), e.summary(),
					e.contactIds()));
	}

	private StakeholderResource view(Actor actor, Stakeholder s) {
		return this.stakeholders.of(actor, s.projectId())
			.stream()
			.filter(v -> v.id() == s.id())
			.findFirst()
			.map(StakeholderResource::of)
			.orElseThrow();
	}

}

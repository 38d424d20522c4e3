package org.agilepmo.partners.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.partners.internal.EngagementKind;
import org.agilepmo.partners.internal.OrganisationType;
import org.agilepmo.partners.internal.PartnerAccess;
import org.agilepmo.partners.internal.PartnerContact;
import org.agilepmo.partners.internal.PartnerOrganisation;
import org.agilepmo.partners.internal.PartnerService;
import org.agilepmo.partners.internal.Places;
import org.agilepmo.partners.internal.Stakeholder;
import org.agilepmo.partners.internal.StakeholderService;
import org.agilepmo.partners.internal.Strategy;
import org.agilepmo.partners.internal.SubjectAccessExport;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partners pages: a unit's partner list, an organisation with its contacts, a contact
 * with its subject-access export, and a project's stakeholders (the interest/influence
 * grid, the engagement plan and the engagement log).
 */
@Controller
class PartnersPages {

	private final PartnerService partners;

	private final StakeholderService stakeholders;

	private final SubjectAccessExport export;

	private final PartnerAccess access;

	private final Pages pages;

	PartnersPages(PartnerService partners, StakeholderService stakeholders, SubjectAccessExport export,
			PartnerAccess access, Pages pages) {
		this.partners = partners;
		this.stakeholders = stakeholders;
		this.export = export;
		this.access = access;
		this.pages = pages;
	}

	// ---- the partner list

	@GetMapping("/partners")
	String list(@RequestParam(required = false) Long unitId, Model model, Locale locale) {
		Actor actor = CurrentActor.require();
		OrganisationForm form = new OrganisationForm();
		form.setUnitId(unitId);
		return showList(actor, unitId, form, model, locale);
	}

	private String showList(Actor actor, Long unitId, OrganisationForm form, Model model, Locale locale) {
		List<PartnerOrganisation> organisations = this.partners.organisations(actor, unitId);
		Map<Long, String> unitNames = new LinkedHashMap<>();
		organisations.forEach(o -> unitNames.computeIfAbsent(o.unitId(), this.access::unitName));
		List<OrgUnitSummary> units = this.access.unitsKeptBy(actor);
		model.addAttribute("organisations", organisations);
		model.addAttribute("unitNames", unitNames);
		model.addAttribute("units", units);
		model.addAttribute("unitId", unitId);
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("countries", Places.countries(locale));
		model.addAttribute("places", new Names(locale));
		model.addAttribute("organisationForm", form);
		return "partners/list";
	}

	@PostMapping("/partners")
	String add(@Valid @ModelAttribute("organisationForm") OrganisationForm form, BindingResult binding, Model model,
			RedirectAttributes flash, Locale locale) {
		Actor actor = CurrentActor.require();
		return this.pages.submit(binding, model, () -> {
			PartnerOrganisation o = this.partners.addOrganisation(actor, form.getUnitId(), form.draft());
			this.pages.saved(flash, "partners.saved.organisation", o.name());
			return "redirect:/partners/organisations/" + o.id();
		}, () -> showList(actor, null, form, model, locale));
	}

	// ---- an organisation

	@GetMapping("/partners/organisations/{id}")
	String organisation(@PathVariable long id, Model model, Locale locale) {
		Actor actor = CurrentActor.require();
		PartnerOrganisation o = this.partners.organisation(actor, id);
		ContactForm contact = new ContactForm();
		contact.setCountry(o.country());
		contact.setRetainUntil(LocalDate.now().plusYears(PartnerService.DEFAULT_RETENTION_YEARS));
		return showOrganisation(actor, o, OrganisationForm.of(o), contact, model, locale);
	}

	private String showOrganisation(Actor actor, PartnerOrganisation o, OrganisationForm form, ContactForm contact,
			Model model, Locale locale) {
		model.addAttribute("organisation", o);
		model.addAttribute("unitName", this.access.unitName(o.unitId()));
		model.addAttribute("contacts", this.partners.contacts(actor, o.id()));
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("countries", Places.countries(locale));
		model.addAttribute("places", new Names(locale));
		model.addAttribute("organisationForm", form);
		model.addAttribute("contactForm", contact);
		return "partners/organisation";
	}

	@PostMapping("/partners/organisations/{id}")
	String edit(@PathVariable long id, @Valid @ModelAttribute("organisationForm") OrganisationForm form,
			BindingResult binding, Model model, RedirectAttributes flash, Locale locale) {
		Actor actor = CurrentActor.require();
		return this.pages.submit(binding, model, () -> {
			PartnerOrganisation o = this.partners.editOrganisation(actor, id, form.getVersion(),
					Change.to(form.draft()));
			this.pages.saved(flash, "partners.saved.organisation", o.name());
			return "redirect:/partners/organisations/" + id;
		}, () -> {
			PartnerOrganisation o = this.partners.organisation(actor, id);
			ContactForm contact = new ContactForm();
			contact.setCountry(o.country());
			return showOrganisation(actor, o, form, contact, model, locale);
		});
	}

	@PostMapping("/partners/organisations/{id}/contacts")
	String addContact(@PathVariable long id, @Valid @ModelAttribute("contactForm") ContactForm form,
			BindingResult binding, Model model, RedirectAttributes flash, Locale locale) {
		Actor actor = CurrentActor.require();
		return this.pages.submit(binding, model, () -> {
			PartnerContact c = this.partners.addContact(actor, id, form.draft());
			this.pages.saved(flash, "partners.saved.contact", c.name());
			return "redirect:/partners/organisations/" + id;
		}, () -> {
			PartnerOrganisation o = this.partners.organisation(actor, id);
			return showOrganisation(actor, o, OrganisationForm.of(o), form, model, locale);
		});
	}

	// ---- a contact

	@GetMapping("/partners/contacts/{id}")
	String contact(@PathVariable long id, Model model, Locale locale) {
		Actor actor = CurrentActor.require();
		PartnerContact c = this.partners.contact(actor, id);
		return showContact(actor, c, ContactForm.of(c), model, locale);
	}

	private String showContact(Actor actor, PartnerContact c, ContactForm form, Model model, Locale locale) {
		model.addAttribute("contact", c);
		model.addAttribute("organisation", this.partners.organisation(actor, c.organisationId()));
		model.addAttribute("countries", Places.countries(locale));
		model.addAttribute("places", new Names(locale));
		model.addAttribute("contactForm", form);
		return "partners/contact";
	}

	@PostMapping("/partners/contacts/{id}")
	String editContact(@PathVariable long id, @Valid @ModelAttribute("contactForm") ContactForm form,
			BindingResult binding, Model model, RedirectAttributes flash, Locale locale) {
		Actor actor = CurrentActor.require();
		return this.pages.submit(binding, model, () -> {
			PartnerContact c = this.partners.editContact(actor, id, form.getVersion(), Change.to(form.draft()));
			this.pages.saved(flash, "partners.saved.contact", c.name());
			return "redirect:/partners/contacts/" + id;
		}, () -> showContact(actor, this.partners.contact(actor, id), form, model, locale));
	}

	@GetMapping(value = "/partners/contacts/{id}/export", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<SubjectAccessExport.Export> export(@PathVariable long id) {
		SubjectAccessExport.Export export = this.export.of(CurrentActor.require(), id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("contact-" + id + "-export.json").build().toString())
			.body(export);
	}

	// ---- a project's stakeholders

	@GetMapping("/projects/{id}/stakeholders")
	String stakeholders(@PathVariable long id, @RequestParam(required = false) Integer interest,
			@RequestParam(required = false) Integer influence, Model model, Locale locale) {
		Actor actor = CurrentActor.require();
		var project = this.access.projectOf(actor, id);
		List<StakeholderService.StakeholderView> all = this.stakeholders.of(actor, id);
		model.addAttribute("project", project);
		model.addAttribute("grid", this.stakeholders.grid(actor, id));
		model.addAttribute("stakeholders", all);
		model.addAttribute("interest", interest);
		model.addAttribute("influence", influence);
		model.addAttribute("cell",
				interest == null || influence == null ? null : all.stream()
					.filter(s -> s.stakeholder().interest() == interest && s.stakeholder().influence() == influence)
					.toList());
		model.addAttribute("log", this.stakeholders.log(actor, id));
		boolean mayEdit = this.access.mayEditProject(actor, id);
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("organisations", mayEdit ? this.partners.organisations(actor, null) : List.of());
		model.addAttribute("contacts", mayEdit ? this.partners.visibleContacts(actor) : List.of());
		model.addAttribute("strategies", Strategy.values());
		model.addAttribute("kinds", EngagementKind.values());
		model.addAttribute("levels", List.of(1, 2, 3, 4, 5));
		model.addAttribute("today", LocalDate.now());
		return "partners/stakeholders";
	}

	@PostMapping("/projects/{id}/stakeholders")
	String addStakeholder(@PathVariable long id, @RequestParam(required = false) String who,
			@RequestParam(required = false) Integer interest, @RequestParam(required = false) Integer influence,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		Long organisationId = who != null && who.startsWith("o") ? parse(who) : null;
		Long contactId = who != null && who.startsWith("c") ? parse(who) : null;
		return this.pages.act(flash, "/projects/" + id + "/stakeholders", "partners.saved.stakeholder",
				() -> this.stakeholders.add(actor, id, organisationId, contactId,
						new Stakeholder.Draft(interest, influence, null, null)));
	}

	private static Long parse(String who) {
		String digits = who.substring(1);
		return digits.matches("[0-9]{1,18}") ? Long.valueOf(digits) : null;
	}

	@PostMapping("/stakeholders/{id}")
	String editStakeholder(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) Integer interest, @RequestParam(required = false) Integer influence,
			@RequestParam(required = false) Strategy override, @RequestParam(required = false) String reason,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		long project = this.stakeholders.stakeholder(actor, id).projectId();
		return this.pages.act(flash, "/projects/" + project + "/stakeholders", "partners.saved.plan",
				() -> this.stakeholders.edit(actor, id, version,
						Change.to(new Stakeholder.Draft(interest, influence, override, reason))));
	}

	@PostMapping("/projects/{id}/engagements")
	String engage(@PathVariable long id, @RequestParam(required = false) Long stakeholderId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
			@RequestParam(required = false) EngagementKind kind, @RequestParam(required = false) String summary,
			@RequestParam(required = false) Set<Long> contactIds, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		this.access.projectOf(actor, id);
		return this.pages.act(flash, "/projects/" + id + "/stakeholders", "partners.saved.engagement", () -> {
			if (stakeholderId == null || this.stakeholders.stakeholder(actor, stakeholderId).projectId() != id) {
				throw new org.agilepmo.shared.RuleViolationException("stakeholderId", "partners.error.required",
						"is required");
			}
			this.stakeholders.record(actor, stakeholderId, occurredOn, kind, summary, contactIds);
		});
	}

	/** Countries and languages named in the reader's language, for the templates. */
	record Names(Locale locale) {

		public String country(String code) {
			return Places.countryName(code, this.locale);
		}

		public String languages(String codes) {
			return Places.languageNames(codes, this.locale);
		}

	}

}

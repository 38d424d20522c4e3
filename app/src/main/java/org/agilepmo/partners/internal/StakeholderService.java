package org.agilepmo.partners.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.Versioned;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's stakeholders: placed on its interest/influence grid, engaged by the
 * strategy of their quadrant (or another, with a reason), and the log of how they were
 * engaged.
 */
@Service
public class StakeholderService {

	public static final String STAKEHOLDER = "partner-stakeholder";

	public static final String ENGAGEMENT = "partner-engagement";

	private final Stakeholders stakeholders;

	private final Engagements engagements;

	private final PartnerService partners;

	private final PartnerContacts contacts;

	private final PartnerOrganisations organisations;

	private final PartnerAccess access;

	private final AuditTrail audit;

	private final PartnersClock clock;

	StakeholderService(Stakeholders stakeholders, Engagements engagements, PartnerService partners,
			PartnerContacts contacts, PartnerOrganisations organisations, PartnerAccess access, AuditTrail audit,
			PartnersClock clock) {
		this.stakeholders = stakeholders;
		this.engagements = engagements;
		this.partners = partners;
		this.contacts = contacts;
		this.organisations = organisations;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** One stakeholder as lists show it: who, where on the grid, and how engaged. */
	public record StakeholderView(Stakeholder stakeholder, String organisation, String contact, String label) {

		public long id() {
			return this.stakeholder.id();
		}

	}

	/** One cell of the grid: its interest and influence and who sits in it. */
	public record Cell(int interest, int influence, Strategy strategy, List<StakeholderView> stakeholders) {

		public int count() {
			return this.stakeholders.size();
		}

	}

	@Transactional(readOnly = true)
	public List<StakeholderView> of(Actor actor, long projectId) {
		this.access.project(actor, projectId);
		return views(this.stakeholders.findByProjectIdOrderByIdAsc(projectId));
	}

	/** The grid as rows of influence from 5 down to 1, each of interest 1 to 5. */
	@Transactional(readOnly = true)
	public List<List<Cell>> grid(Actor actor, long projectId) {
		List<StakeholderView> all = of(actor, projectId);
		List<List<Cell>> rows = new ArrayList<>();
		for (int influence = 5; influence >= 1; influence--) {
			List<Cell> row = new ArrayList<>();
			for (int interest = 1; interest <= 5; interest++) {
				int i = interest;
				int f = influence;
				row.add(new Cell(interest, influence, Strategy.derive(interest, influence),
						all.stream()
							.filter(s -> s.stakeholder().interest() == i && s.stakeholder().influence() == f)
							.toList()));
			}
			rows.add(row);
		}
		return rows;
	}

	@Transactional(readOnly = true)
	public Stakeholder stakeholder(Actor actor, long id) {
		Stakeholder s = this.stakeholders.findById(id).orElseThrow(() -> new NotFoundException(STAKEHOLDER, id));
		if (this.access.findProject(actor, s.projectId()).isEmpty()) {
			throw new NotFoundException(STAKEHOLDER, id);
		}
		return s;
	}

	@Transactional
	public Stakeholder add(Actor actor, long projectId, Long organisationId, Long contactId, Stakeholder.Draft draft) {
		ProjectSummary project = this.access.editableProject(actor, projectId);
		if (organisationId == null && contactId == null) {
			throw new RuleViolationException("organisationId", "partners.error.required", "is required");
		}
		long orgId;
		if (contactId != null) {
			PartnerContact contact = this.partners.contact(actor, contactId);
			if (organisationId != null && organisationId != contact.organisationId()) {
				throw new RuleViolationException("contactId", "partners.error.contactElsewhere",
						"this contact works for another organisation");
			}
			orgId = contact.organisationId();
		}
		else {
			orgId = this.partners.organisation(actor, organisationId).id();
		}
		if (this.stakeholders.existsByProjectIdAndOrganisationIdAndContactId(projectId, orgId, contactId)) {
			throw new RuleViolationException(contactId != null ? "contactId" : "organisationId",
					"partners.error.alreadyStakeholder", "is already a stakeholder of this project");
		}
		Stakeholder s = this.stakeholders.saveAndFlush(new Stakeholder(projectId, orgId, contactId, draft));
		this.audit.record(AuditRecord.created(STAKEHOLDER, s.id(), project.classification(), s.state()));
		return s;
	}

	@Transactional
	public Stakeholder edit(Actor actor, long id, long expectedVersion, Change<Stakeholder.Draft> change) {
		Stakeholder s = stakeholder(actor, id);
		ProjectSummary project = this.access.editableProject(actor, s.projectId());
		Versioned.check(STAKEHOLDER, id, expectedVersion, s.version());
		var before = s.state();
		s.apply(change.applyTo(s.draft()));
		this.stakeholders.saveAndFlush(s);
		this.audit.record(AuditRecord.updated(STAKEHOLDER, id, project.classification(), before, s.state()));
		return s;
	}

	/** One engagement as the log shows it. */
	public record EngagementView(Engagement engagement, String stakeholder, List<String> contacts) {
	}

	@Transactional(readOnly = true)
	public List<EngagementView> log(Actor actor, long projectId) {
		this.access.project(actor, projectId);
		Map<Long, StakeholderView> byId = new LinkedHashMap<>();
		views(this.stakeholders.findByProjectIdOrderByIdAsc(projectId)).forEach(v -> byId.put(v.id(), v));
		List<EngagementView> log = new ArrayList<>();
		for (Engagement e : this.engagements.findByProjectIdOrderByOccurredOnDescIdDesc(projectId)) {
			StakeholderView s = byId.get(e.stakeholderId());
			List<String> names = this.contacts.findAllById(e.contactIds()).stream().map(PartnerContact::name).toList();
			log.add(new EngagementView(e, s == null ? "—" : s.label(), names));
		}
		return log;
	}

	@Transactional
	public Engagement record(Actor actor, long stakeholderId, LocalDate occurredOn, EngagementKind kind, String summary,
			Set<Long> contactIds) {
		Stakeholder s = stakeholder(actor, stakeholderId);
		ProjectSummary project = this.access.editableProject(actor, s.projectId());
		Set<Long> people = new LinkedHashSet<>();
		if (s.contactId() != null) {
			people.add(s.contactId());
		}
		if (contactIds != null) {
			for (Long id : contactIds) {
				this.partners.contact(actor, id);
				people.add(id);
			}
		}
		if (occurredOn != null && occurredOn.isAfter(this.clock.today())) {
			throw new RuleViolationException("occurredOn", "partners.error.future", "cannot be in the future");
		}
		Engagement e = this.engagements
			.saveAndFlush(new Engagement(s, occurredOn, kind, summary, people, actor.id(), this.clock.now()));
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("stakeholderId", s.id());
		state.put("occurredOn", String.valueOf(e.occurredOn()));
		state.put("kind", e.kind());
		state.put("contactIds", List.copyOf(e.contactIds()));
		this.audit.record(AuditRecord.created(ENGAGEMENT, e.id(), project.classification(), state));
		return e;
	}

	private List<StakeholderView> views(List<Stakeholder> list) {
		List<StakeholderView> views = new ArrayList<>();
		for (Stakeholder s : list) {
			String org = this.organisations.findById(s.organisationId()).map(PartnerOrganisation::name).orElse("—");
			String contact = s.contactId() == null ? null
					: this.contacts.findById(s.contactId()).map(PartnerContact::name).orElse(null);
			views.add(new StakeholderView(s, org, contact, contact == null ? org : contact + " (" + org + ")"));
		}
		return views;
	}

}

package org.agilepmo.organisation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.organisation.OrgUnitCreated;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrgUnitDetails;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.Versioned;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

@Service
class OrganisationService implements OrganisationDirectory, OrganisationManagement {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");

	private static final String ENTITY = "org-unit";

	private final OrgUnits units;

	private final People people;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	OrganisationService(OrgUnits units, People people, AuditTrail audit, ApplicationEventPublisher events) {
		this.events = events;
		this.units = units;
		this.people = people;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OrgUnitSummary> find(long id) {
		return this.units.findById(id).map(OrgUnit::toSummary);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, OrgUnitSummary> findAll(Collection<Long> ids) {
		Map<Long, OrgUnitSummary> found = new HashMap<>();
		this.units.findAllById(ids).forEach(u -> found.put(u.id(), u.toSummary()));
		return found;
	}

	@Override
	@Transactional(readOnly = true)
	public List<OrgUnitSummary> ofType(UnitType type) {
		return this.units.findByTypeOrderByName(type).stream().map(OrgUnit::toSummary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<OrgUnitSummary> unitsOf(long personId) {
		return this.units.findByMember(personId).stream().map(OrgUnit::toSummary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<OrgUnitSummary> all() {
		return this.units.findAllByOrderByName().stream().map(OrgUnit::toSummary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public OrgUnitDetails details(long id) {
		return detailsOf(load(id));
	}

	@Override
	@Transactional
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	public OrgUnitDetails create(NewUnit request) {
		String code = request.code() == null ? "" : request.code().trim().toUpperCase();
		if (!CODE.matcher(code).matches()) {
			throw new RuleViolationException("code", "orgUnit.code.invalid",
					"code must be 2 to 20 capital letters, digits or dashes");
		}
		if (this.units.findByCode(code).isPresent()) {
			throw new RuleViolationException("code", "orgUnit.code.taken", "code is already used by another unit");
		}
		requireName(request.name());
		if (request.type() == null) {
			throw new RuleViolationException("type", "orgUnit.type.required", "type is required");
		}
		OrgUnit parent = request.parentId() == null ? null : parent(request.parentId());
		OrgUnit unit = this.units
			.save(new OrgUnit(code, request.name().trim(), request.type(), parent, trimToNull(request.description())));
		this.audit.record(AuditRecord.created(ENTITY, unit.id(), Classification.PUBLIC, unit.snapshot()));
		this.events.publishEvent(new OrgUnitCreated(unit.id(), unit.type()));
		return detailsOf(unit);
	}

	@Override
	@Transactional
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	public OrgUnitDetails update(long id, long expectedVersion, UnitChange change) {
		OrgUnit unit = load(id);
		Versioned.check(ENTITY, id, expectedVersion, unit.version());
		OrgUnit.Snapshot before = unit.snapshot();
		String name = change.name() == null ? unit.name() : change.name();
		requireName(name);
		unit.rename(name.trim(), change.description() == null ? unit.description() : trimToNull(change.description()));
		if (change.moveToTop()) {
			unit.placeUnder(null);
		}
		else if (change.parentId() != null && !change.parentId().equals(unit.parentId())) {
			unit.placeUnder(parentAvoidingLoop(unit, change.parentId()));
		}
		this.units.flush();
		this.audit.record(AuditRecord.updated(ENTITY, unit.id(), Classification.PUBLIC, before, unit.snapshot()));
		return detailsOf(unit);
	}

	@Override
	@Transactional
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	public OrgUnitDetails addMember(long id, long personId) {
		OrgUnit unit = load(id);
		this.people.find(personId)
			.orElseThrow(() -> new RuleViolationException("personId", "orgUnit.member.unknown", "no such person"));
		OrgUnit.Snapshot before = unit.snapshot();
		if (unit.addMember(personId)) {
			this.units.flush();
			this.audit.record(new AuditRecord("org-unit.member-added", ENTITY, String.valueOf(id),
					Classification.PUBLIC, "person " + personId, before, unit.snapshot()));
		}
		return detailsOf(unit);
	}

	@Override
	@Transactional
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	public OrgUnitDetails removeMember(long id, long personId) {
		OrgUnit unit = load(id);
		OrgUnit.Snapshot before = unit.snapshot();
		if (unit.removeMember(personId)) {
			this.units.flush();
			this.audit.record(new AuditRecord("org-unit.member-removed", ENTITY, String.valueOf(id),
					Classification.PUBLIC, "person " + personId, before, unit.snapshot()));
		}
		return detailsOf(unit);
	}

	private OrgUnit load(long id) {
		return this.units.findById(id).orElseThrow(() -> new NotFoundException("organisation unit", id));
	}

	private OrgUnit parent(long parentId) {
		return this.units.findById(parentId)
			.orElseThrow(() -> new RuleViolationException("parentId", "orgUnit.parent.unknown", "no such parent unit"));
	}

	private OrgUnit parentAvoidingLoop(OrgUnit unit, long parentId) {
		OrgUnit parent = parent(parentId);
		for (OrgUnit up = parent; up != null; up = up.parentId() == null ? null
				: this.units.findById(up.parentId()).orElse(null)) {
			if (up.id().equals(unit.id())) {
				throw new RuleViolationException("parentId", "orgUnit.parent.loop",
						"a unit cannot be placed under itself or one of its own units");
			}
		}
		return parent;
	}

	private static void requireName(String name) {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new RuleViolationException("name", "orgUnit.name.invalid",
					"name is required (at most 200 characters)");
		}
	}

	private static String trimToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.trim();
	}

	private OrgUnitDetails detailsOf(OrgUnit unit) {
		List<PersonSummary> members = new ArrayList<>(this.people.findAll(unit.members()).values());
		members.sort(Comparator.comparing(PersonSummary::displayName));
		String parentName = unit.parentId() == null ? null
				: this.units.findById(unit.parentId()).map(OrgUnit::name).orElse(null);
		List<OrgUnitSummary> children = this.units.findByParentIdOrderByName(unit.id())
			.stream()
			.map(OrgUnit::toSummary)
			.toList();
		return new OrgUnitDetails(unit.id(), unit.version(), unit.code(), unit.name(), unit.type(), unit.parentId(),
				parentName, unit.description(), members, children);
	}

}

package org.agilepmo.resources.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.Versioned;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resource profiles: who is in which centre, with which skills, languages, rates, working
 * pattern and leave; the skill catalogue, the public holidays and the centres' heads.
 * Every change is audited; the screening is read from identity and never changed here.
 */
@Service
@Transactional
public class ResourceService {

	static final String ENTITY = "resource";

	private final Resources resources;

	private final Skills skills;

	private final ResourceSkills resourceSkills;

	private final ResourceLanguages languages;

	private final CostRateRecords rates;

	private final Leaves leaves;

	private final Holidays holidays;

	private final Centres centres;

	private final ResourceAccess access;

	private final People people;

	private final AuditTrail audit;

	ResourceService(Resources resources, Skills skills, ResourceSkills resourceSkills, ResourceLanguages languages,
			CostRateRecords rates, Leaves leaves, Holidays holidays, Centres centres, ResourceAccess access,
			People people, AuditTrail audit) {
		this.resources = resources;
		this.skills = skills;
		this.resourceSkills = resourceSkills;
		this.languages = languages;
		this.rates = rates;
		this.leaves = leaves;
		this.holidays = holidays;
		this.centres = centres;
		this.access = access;
		this.people = people;
		this.audit = audit;
	}

	/** Gives a person a resource profile (the PMO, or the head of the centre named). */
	public Resource createPerson(Actor actor, long personId, ProfileDraft draft) {
		PersonSummary person = this.people.find(personId)
			.orElseThrow(() -> new RuleViolationException("personId", "resources.error.person", "no such person"));
		if (this.resources.findByPersonId(person.id()).isPresent()) {
			throw new RuleViolationException("personId", "resources.error.profileExists",
					"this person has a resource profile already");
		}
		Resource resource = Resource.person(person.id(), draft);
		checkCentre(draft.centreUnitId());
		requireManage(actor, resource);
		return created(resource);
	}

	/** A generic role ("Java developer, level 3") with the capacity it stands for. */
	public Resource createRole(Actor actor, long skillId, int level, ProfileDraft draft) {
		skill(skillId);
		Resource resource = Resource.role(skillId, level, draft);
		checkCentre(draft.centreUnitId());
		requireManage(actor, resource);
		return created(resource);
	}

	/** A lab, a licence pool: a resource with a weekly capacity. */
	public Resource createFacility(Actor actor, ProfileDraft draft) {
		Resource resource = Resource.facility(draft);
		checkCentre(draft.centreUnitId());
		requireManage(actor, resource);
		return created(resource);
	}

	private Resource created(Resource resource) {
		Resource saved = this.resources.saveAndFlush(resource);
		this.audit.record(AuditRecord.created(ENTITY, saved.id(), null, saved.snapshot()));
		return saved;
	}

	/**
	 * Changes centre, country and pattern; both the old and the new centre's head may.
	 */
	public Resource revise(Actor actor, long id, long expectedVersion, Change<ProfileDraft> change) {
		Resource resource = manageable(actor, id);
		Versioned.check(ENTITY, id, expectedVersion, resource.version());
		Map<String, Object> before = resource.snapshot();
		ProfileDraft draft = change.applyTo(resource.draft());
		checkCentre(draft.centreUnitId());
		resource.revise(draft);
		requireManage(actor, resource);
		this.resources.saveAndFlush(resource);
		this.audit.record(AuditRecord.updated(ENTITY, id, null, before, resource.snapshot()));
		return resource;
	}

	/**
	 * Sets a skill's proficiency (1 to 5), adding the skill when the resource lacks it.
	 */
	public Resource rateSkill(Actor actor, long id, long skillId, int proficiency) {
		Resource resource = manageable(actor, id);
		Skill skill = skill(skillId);
		Optional<ResourceSkill> existing = this.resourceSkills.findByResourceIdAndSkillId(id, skillId);
		Integer before = existing.map(ResourceSkill::proficiency).orElse(null);
		existing.ifPresentOrElse(s -> s.rate(proficiency),
				() -> this.resourceSkills.save(new ResourceSkill(id, skillId, proficiency)));
		record(resource, "resource.skill-rated", skill.code(), before, proficiency);
		return resource;
	}

	public Resource removeSkill(Actor actor, long id, long skillId) {
		Resource resource = manageable(actor, id);
		ResourceSkill existing = this.resourceSkills.findByResourceIdAndSkillId(id, skillId)
			.orElseThrow(() -> new NotFoundException("skill of resource", skillId));
		this.resourceSkills.delete(existing);
		record(resource, "resource.skill-removed", skill(skillId).code(), existing.proficiency(), null);
		return resource;
	}

	/** Sets a language's level, adding the language when the resource lacks it. */
	public Resource rateLanguage(Actor actor, long id, String language, LanguageLevel level) {
		Resource resource = manageable(actor, id);
		String code = ResourceLanguage.code(language);
		Optional<ResourceLanguage> existing = this.languages.findByResourceIdAndLanguage(id, code);
		LanguageLevel before = existing.map(ResourceLanguage::level).orElse(null);
		existing.ifPresentOrElse(l -> l.rate(level), () -> this.languages.save(new ResourceLanguage(id, code, level)));
		record(resource, "resource.language-rated", code, before, level);
		return resource;
	}

	public Resource removeLanguage(Actor actor, long id, String language) {
		Resource resource = manageable(actor, id);
		ResourceLanguage existing = this.languages.findByResourceIdAndLanguage(id, ResourceLanguage.code(language))
			.orElseThrow(() -> new NotFoundException("language of resource", language));
		this.languages.delete(existing);
		record(resource, "resource.language-removed", existing.language(), existing.level(), null);
		return resource;
	}

	/**
	 * Adds an hourly rate from a day on. An open-ended rate that started earlier ends the
	 * day before; any other overlap is refused, so that each day has at most one rate.
	 */
	public CostRate addRate(Actor actor, long id, BigDecimal amount, String currency, LocalDate validFrom,
			LocalDate validTo) {
		Resource resource = manageable(actor, id);
		CostRate rate = new CostRate(id, amount, currency, validFrom, validTo);
		for (CostRate other : this.rates.findByResourceIdOrderByValidFrom(id)) {
			boolean overlaps = (other.validTo() == null || !other.validTo().isBefore(validFrom))
					&& (validTo == null || !validTo.isBefore(other.validFrom()));
			if (!overlaps) {
				continue;
			}
			if (other.validTo() == null && other.validFrom().isBefore(validFrom)) {
				other.endBefore(validFrom);
			}
			else {
				throw new RuleViolationException("validFrom", "resources.error.rateOverlap",
						"another rate is valid on some of these days");
			}
		}
		CostRate saved = this.rates.saveAndFlush(rate);
		record(resource, "resource.rate-added", null, null, Map.of("amount", amount, "currency", saved.currency(),
				"validFrom", validFrom, "validTo", validTo == null ? "" : validTo));
		return saved;
	}

	public Leave addLeave(Actor actor, long id, LocalDate first, LocalDate last, String reason) {
		Resource resource = manageable(actor, id);
		Leave leave = this.leaves.saveAndFlush(new Leave(id, Period.of(first, last), reason));
		record(resource, "resource.leave-added", null, null,
				Map.of("firstDay", first, "lastDay", last, "reason", leave.reason() == null ? "" : leave.reason()));
		return leave;
	}

	public void removeLeave(Actor actor, long id, long leaveId) {
		Resource resource = manageable(actor, id);
		Leave leave = this.leaves.findById(leaveId)
			.filter(l -> l.resourceId() == id)
			.orElseThrow(() -> new NotFoundException("leave", leaveId));
		this.leaves.delete(leave);
		record(resource, "resource.leave-removed", null,
				Map.of("firstDay", leave.firstDay(), "lastDay", leave.lastDay()), null);
	}

	/** Adds a skill to the catalogue (the PMO and the centres' heads). */
	public Skill defineSkill(Actor actor, String code, String name) {
		if (!actor.isPortfolioWide() && !this.access.isCentreHead(actor)) {
			throw new AccessDeniedException("may not define skills");
		}
		if (code != null && this.skills.findByCode(code).isPresent()) {
			throw new RuleViolationException("code", "resources.error.skillTaken", "this code is taken");
		}
		Skill skill = this.skills.saveAndFlush(Skill.define(code, name));
		this.audit.record(AuditRecord.created("skill", skill.id(), null, Map.of("code", code, "name", skill.name())));
		return skill;
	}

	/** Adds a public holiday of a country (the PMO); one already there is kept. */
	public Holiday addHoliday(Actor actor, String country, LocalDate day, String name) {
		if (!actor.isPortfolioWide()) {
			throw new AccessDeniedException("may not change public holidays");
		}
		Holiday holiday = new Holiday(country, day, name);
		Optional<Holiday> existing = this.holidays.findByCountryAndDay(holiday.country(), day);
		if (existing.isPresent()) {
			return existing.get();
		}
		Holiday saved = this.holidays.saveAndFlush(holiday);
		this.audit.record(AuditRecord.created("holiday", saved.id(), null,
				Map.of("country", saved.country(), "day", day, "name", saved.name())));
		return saved;
	}

	/** Names the head of a competency centre (administrators). */
	public Centre nameHead(Actor actor, long unitId, Long personId) {
		if (!actor.has(GlobalRole.ADMINISTRATOR)) {
			throw new AccessDeniedException("may not name centre heads");
		}
		this.access.centre(unitId);
		if (personId != null && this.people.find(personId).isEmpty()) {
			throw new RuleViolationException("personId", "resources.error.person", "no such person");
		}
		Centre centre = this.centres.findByUnitId(unitId).orElseGet(() -> new Centre(unitId));
		Long before = centre.headPersonId();
		centre.headedBy(personId);
		Centre saved = this.centres.saveAndFlush(centre);
		this.audit.record(new AuditRecord("competency-centre.head-named", "competency-centre", String.valueOf(unitId),
				null, null, before == null ? null : Map.of("headPersonId", before),
				personId == null ? null : Map.of("headPersonId", personId)));
		return saved;
	}

	@Transactional(readOnly = true)
	public List<Skill> skills() {
		return this.skills.findAll().stream().sorted(Comparator.comparing(Skill::name)).toList();
	}

	@Transactional(readOnly = true)
	public List<Holiday> holidays(String country) {
		return this.holidays.findByCountryOrderByDay(country == null ? "" : country.toUpperCase(java.util.Locale.ROOT));
	}

	@Transactional(readOnly = true)
	public Optional<Centre> centreOf(long unitId) {
		return this.centres.findByUnitId(unitId);
	}

	/** The resource, when the person may see it; 404 otherwise. */
	@Transactional(readOnly = true)
	public Resource visible(Actor actor, long id) {
		return findVisible(actor, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	/** The resource when the person may see it; empty otherwise, throwing nothing. */
	@Transactional(readOnly = true)
	public Optional<Resource> findVisible(Actor actor, long id) {
		return this.resources.findById(id).filter(r -> this.access.lens(actor).maySee(r));
	}

	@Transactional(readOnly = true)
	public Optional<Resource> profileOf(long personId) {
		return this.resources.findByPersonId(personId);
	}

	Resource manageable(Actor actor, long id) {
		Resource resource = visible(actor, id);
		requireManage(actor, resource);
		return resource;
	}

	Skill skill(long skillId) {
		return this.skills.findById(skillId)
			.orElseThrow(() -> new RuleViolationException("skillId", "resources.error.skill", "no such skill"));
	}

	private void requireManage(Actor actor, Resource resource) {
		if (!this.access.lens(actor).mayManage(resource)) {
			throw new AccessDeniedException("may not manage resource");
		}
	}

	private void checkCentre(Long unitId) {
		if (unitId != null) {
			try {
				this.access.centre(unitId);
			}
			catch (NotFoundException ex) {
				throw new RuleViolationException("centreUnitId", "resources.error.centre", "not a competency centre");
			}
		}
	}

	private void record(Resource resource, String action, String what, Object before, Object after) {
		this.audit.record(new AuditRecord(action, ENTITY, String.valueOf(resource.id()), null, what,
				before == null ? null : Map.of("value", before), after == null ? null : Map.of("value", after)));
	}

}

package org.agilepmo.resources.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.resources.SquadStaffing;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Versioned;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Squads' target composition (roles as skills at a level, and counts) against the people
 * allocated to each squad; the gaps show on the squad, its tribe and the competency
 * centres whose people have the skill. Anyone signed in reads them (the organisation
 * chart is no secret); the squad's members and the PMO set the targets.
 */
@Service
@Transactional
public class CompositionService implements SquadStaffing {

	static final String ENTITY = "squad-target";

	private final SquadTargets targets;

	private final Allocations allocations;

	private final Resources resources;

	private final ResourceSkills resourceSkills;

	private final ResourceService profiles;

	private final CapacityService capacity;

	private final ResourceAccess access;

	private final OrganisationDirectory organisation;

	private final AuditTrail audit;

	CompositionService(SquadTargets targets, Allocations allocations, Resources resources,
			ResourceSkills resourceSkills, ResourceService profiles, CapacityService capacity, ResourceAccess access,
			OrganisationDirectory organisation, AuditTrail audit) {
		this.targets = targets;
		this.allocations = allocations;
		this.resources = resources;
		this.resourceSkills = resourceSkills;
		this.profiles = profiles;
		this.capacity = capacity;
		this.access = access;
		this.organisation = organisation;
		this.audit = audit;
	}

	/**
	 * Sets how many people with the skill at least at the level the squad wants (0
	 * removes the line from the gaps).
	 */
	public SquadTarget setTarget(Actor actor, long squadId, long skillId, int minLevel, int headcount,
			Long expectedVersion) {
		this.access.squad(squadId);
		if (!actor.isPortfolioWide() && !this.access.isSquadMember(actor, squadId)) {
			throw new AccessDeniedException("may not set the composition of squad " + squadId);
		}
		Skill skill = this.profiles.skill(skillId);
		Optional<SquadTarget> existing = this.targets.findBySquadIdAndSkillId(squadId, skillId);
		Map<String, Object> before = existing.map(t -> snapshot(t, skill)).orElse(null);
		SquadTarget target;
		if (existing.isPresent()) {
			target = existing.get();
			if (expectedVersion != null) {
				Versioned.check(ENTITY, target.id(), expectedVersion, target.version());
			}
			target.revise(minLevel, headcount);
		}
		else {
			target = new SquadTarget(squadId, skillId, minLevel, headcount);
		}
		SquadTarget saved = this.targets.saveAndFlush(target);
		this.audit.record(new AuditRecord(before == null ? ENTITY + ".created" : ENTITY + ".updated", ENTITY,
				String.valueOf(saved.id()), null, null, before, snapshot(saved, skill)));
		return saved;
	}

	@Transactional(readOnly = true)
	public SquadComposition of(long squadId, LocalDate day) {
		OrgUnitSummary squad = this.access.squad(squadId);
		return compose(squad, day, tribeNames(List.of(squad)));
	}

	/** Every squad with a target, or those of one tribe, by tribe and name. */
	@Transactional(readOnly = true)
	public List<SquadComposition> all(Long tribeId, LocalDate day) {
		List<OrgUnitSummary> squads = this.organisation.ofType(UnitType.SQUAD)
			.stream()
			.filter(s -> tribeId == null || tribeId.equals(s.parentId()))
			.toList();
		Map<Long, String> tribes = tribeNames(squads);
		Set<Long> withTargets = this.targets.findAll().stream().map(SquadTarget::squadId).collect(Collectors.toSet());
		return squads.stream()
			.filter(s -> withTargets.contains(s.id()))
			.map(s -> compose(s, day, tribes))
			.sorted(Comparator.comparing((SquadComposition c) -> c.tribeName() == null ? "" : c.tribeName())
				.thenComparing(SquadComposition::squadName))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<StaffingGap> gapsOfTribe(long tribeId, LocalDate day) {
		List<StaffingGap> gaps = new ArrayList<>();
		for (SquadComposition c : all(tribeId, day)) {
			for (SquadComposition.Line l : c.lines()) {
				if (l.gap() > 0) {
					gaps.add(new StaffingGap(c.squadId(), c.squadName(), l.skillName(), l.minLevel(), l.headcount(),
							l.filled(), l.gap()));
				}
			}
		}
		return gaps;
	}

	/** The gaps in skills that people of the centre have: where the centre can help. */
	@Transactional(readOnly = true)
	public List<SquadComposition> gapsForCentre(long centreUnitId, LocalDate day) {
		Set<Long> centreSkills = new java.util.HashSet<>();
		Set<Long> members = this.resources.findByCentreUnitId(centreUnitId)
			.stream()
			.map(Resource::id)
			.collect(Collectors.toSet());
		for (ResourceSkill s : this.resourceSkills.findAll()) {
			if (members.contains(s.resourceId())) {
				centreSkills.add(s.skillId());
			}
		}
		List<SquadComposition> out = new ArrayList<>();
		for (SquadComposition c : all(null, day)) {
			List<SquadComposition.Line> lines = c.lines()
				.stream()
				.filter(l -> l.gap() > 0 && centreSkills.contains(l.skillId()))
				.toList();
			if (!lines.isEmpty()) {
				out.add(new SquadComposition(c.squadId(), c.squadName(), c.tribeId(), c.tribeName(), lines));
			}
		}
		return out;
	}

	private SquadComposition compose(OrgUnitSummary squad, LocalDate day, Map<Long, String> tribes) {
		List<SquadTarget> lines = this.targets.findBySquadId(squad.id());
		Set<Long> present = this.allocations.findBySquadId(squad.id())
			.stream()
			.filter(a -> !a.firstDay().isAfter(day) && !a.lastDay().isBefore(day))
			.map(Allocation::resourceId)
			.collect(Collectors.toSet());
		List<Resource> people = this.resources.findAllById(present)
			.stream()
			.filter(r -> r.kind() == ResourceKind.PERSON)
			.toList();
		Map<Long, String> names = this.capacity.labels(people);
		Map<Long, Map<Long, Integer>> levels = new HashMap<>();
		for (Resource r : people) {
			for (ResourceSkill s : this.resourceSkills.findByResourceId(r.id())) {
				levels.computeIfAbsent(s.skillId(), k -> new HashMap<>()).put(r.id(), s.proficiency());
			}
		}
		List<SquadComposition.Line> out = new ArrayList<>();
		for (SquadTarget t : lines) {
			List<String> who = levels.getOrDefault(t.skillId(), Map.of())
				.entrySet()
				.stream()
				.filter(e -> e.getValue() >= t.minLevel())
				.map(e -> names.get(e.getKey()))
				.sorted()
				.toList();
			out.add(new SquadComposition.Line(t.id(), t.version(), t.skillId(), this.profiles.skill(t.skillId()).name(),
					t.minLevel(), t.headcount(), who));
		}
		out.sort(Comparator.comparing(SquadComposition.Line::skillName));
		return new SquadComposition(squad.id(), squad.name(), squad.parentId(),
				squad.parentId() == null ? null : tribes.get(squad.parentId()), List.copyOf(out));
	}

	private Map<Long, String> tribeNames(List<OrgUnitSummary> squads) {
		return this.organisation
			.findAll(squads.stream().map(OrgUnitSummary::parentId).filter(java.util.Objects::nonNull).toList())
			.values()
			.stream()
			.collect(Collectors.toMap(OrgUnitSummary::id, OrgUnitSummary::name));
	}

	private static Map<String, Object> snapshot(SquadTarget t, Skill skill) {
		return Map.of("squadId", t.squadId(), "skill", skill.code(), "minLevel", t.minLevel(), "headcount",
				t.headcount());
	}

}

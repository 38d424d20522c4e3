package org.agilepmo.resources.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.ScreeningLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading resource profiles for pages and the API, through the reader's eyes. */
@Service
@Transactional(readOnly = true)
public class ResourceViews {

	private final Resources resources;

	private final ResourceService service;

	private final ResourceSkills resourceSkills;

	private final ResourceLanguages languages;

	private final CostRateRecords rates;

	private final Leaves leaves;

	private final Allocations allocations;

	private final ResourceAccess access;

	private final CapacityService capacity;

	private final People people;

	private final OrganisationDirectory organisation;

	ResourceViews(Resources resources, ResourceService service, ResourceSkills resourceSkills,
			ResourceLanguages languages, CostRateRecords rates, Leaves leaves, Allocations allocations,
			ResourceAccess access, CapacityService capacity, People people, OrganisationDirectory organisation) {
		this.resources = resources;
		this.service = service;
		this.resourceSkills = resourceSkills;
		this.languages = languages;
		this.rates = rates;
		this.leaves = leaves;
		this.allocations = allocations;
		this.access = access;
		this.capacity = capacity;
		this.people = people;
		this.organisation = organisation;
	}

	/** The resources the reader may see, by name, optionally of one centre. */
	public List<ResourceView> list(Actor actor, Long centreUnitId) {
		ResourceAccess.Lens lens = this.access.lens(actor);
		return this.capacity.visibleResources(lens, centreUnitId, null).stream().map(r -> view(lens, r)).toList();
	}

	public ResourceView get(Actor actor, long id) {
		Resource resource = this.service.visible(actor, id);
		return view(this.access.lens(actor), resource);
	}

	/** The resource when the person may see it; empty otherwise, throwing nothing. */
	public java.util.Optional<ResourceView> find(Actor actor, long id) {
		return this.service.findVisible(actor, id).map(r -> view(this.access.lens(actor), r));
	}

	ResourceView view(ResourceAccess.Lens lens, Resource r) {
		PersonSummary person = r.personId() == null ? null : this.people.find(r.personId()).orElse(null);
		String name = person != null ? person.displayName() : r.name();
		String centre = r.centreUnitId() == null ? null
				: this.organisation.find(r.centreUnitId()).map(OrgUnitSummary::name).orElse(null);
		Map<Long, Skill> catalogue = this.service.skills().stream().collect(Collectors.toMap(Skill::id, s -> s));
		List<ResourceView.SkillLine> skills = this.resourceSkills.findByResourceId(r.id())
			.stream()
			.map(s -> new ResourceView.SkillLine(s.skillId(), catalogue.get(s.skillId()).code(),
					catalogue.get(s.skillId()).name(), s.proficiency()))
			.sorted(Comparator.comparing(ResourceView.SkillLine::name))
			.toList();
		List<ResourceLanguage> spoken = this.languages.findByResourceId(r.id())
			.stream()
			.sorted(Comparator.comparing(ResourceLanguage::language))
			.toList();
		boolean manage = lens.mayManage(r);
		boolean self = r.personId() != null && r.personId() == lens.actor().id();
		List<CostRate> costRates = (manage || self) ? this.rates.findByResourceIdOrderByValidFrom(r.id()) : List.of();
		List<ResourceView.AllocationLine> lines = this.allocations.findByResourceIdOrderByFirstDay(r.id())
			.stream()
			.filter(lens::maySee)
			.map(a -> line(lens, a))
			.toList();
		return new ResourceView(r, name == null ? "" : name, person == null ? null : person.username(),
				person == null ? null : person.screening() == null ? ScreeningLevel.NONE : person.screening(), centre,
				skills, spoken, costRates, this.leaves.findByResourceIdOrderByFirstDay(r.id()), lines, manage);
	}

	private ResourceView.AllocationLine line(ResourceAccess.Lens lens, Allocation a) {
		if (a.target().isProject()) {
			return lens.project(a.projectId())
				.map(p -> new ResourceView.AllocationLine(a, "project", p.code() + " · " + p.name(),
						"/projects/" + p.id()))
				.orElseThrow();
		}
		String squad = this.organisation.find(a.squadId()).map(u -> u.code() + " · " + u.name()).orElse("");
		return new ResourceView.AllocationLine(a, "squad", squad, "/resources/squads/" + a.squadId());
	}

	/** People with an account who have no resource profile yet, for the PMO's form. */
	public List<PersonSummary> withoutProfile() {
		java.util.Set<Long> having = this.resources.findAll()
			.stream()
			.map(Resource::personId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		return this.people.listEnabled().stream().filter(p -> !having.contains(p.id())).toList();
	}

}

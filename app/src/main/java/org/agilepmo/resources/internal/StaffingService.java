package org.agilepmo.resources.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.shared.Versioned;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staffing requests: a project manager or a squad asks; the competency centre's head sees
 * the candidates ranked by {@link CandidateRanking} and proposes one; the requester
 * accepts (which allocates the person) or declines; the head marks it fulfilled. Every
 * step is audited and tells the other side ({@link Attention}).
 */
@Service
@Transactional
public class StaffingService {

	static final String ENTITY = "staffing-request";

	private final StaffingRequests requests;

	private final Resources resources;

	private final ResourceSkills resourceSkills;

	private final ResourceLanguages languages;

	private final ResourceService profiles;

	private final AllocationService allocations;

	private final CapacityService capacity;

	private final ResourceAccess access;

	private final People people;

	private final OrganisationDirectory organisation;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StaffingService(StaffingRequests requests, Resources resources, ResourceSkills resourceSkills,
			ResourceLanguages languages, ResourceService profiles, AllocationService allocations,
			CapacityService capacity, ResourceAccess access, People people, OrganisationDirectory organisation,
			AuditTrail audit, ApplicationEventPublisher events) {
		this.requests = requests;
		this.resources = resources;
		this.resourceSkills = resourceSkills;
		this.languages = languages;
		this.profiles = profiles;
		this.allocations = allocations;
		this.capacity = capacity;
		this.access = access;
		this.people = people;
		this.organisation = organisation;
		this.audit = audit;
		this.events = events;
		this.clock = Clock.systemUTC();
	}

	public RequestView ask(Actor actor, RequestDraft draft) {
		Target target = Target.of(draft.projectId(), draft.squadId());
		ResourceAccess.Lens lens = this.access.lens(actor);
		if (target.isProject()) {
			lens.project(target.projectId()).orElseThrow(() -> new NotFoundException("project", target.projectId()));
		}
		else {
			this.access.squad(target.squadId());
		}
		if (!lens.mayRequestFor(target)) {
			throw new AccessDeniedException("may not ask for people for this project or squad");
		}
		this.profiles.skill(draft.skillId());
		if (draft.centreUnitId() != null) {
			this.access.centre(draft.centreUnitId());
		}
		StaffingRequest request = this.requests
			.saveAndFlush(StaffingRequest.ask(draft, target, actor.id(), Instant.now(this.clock)));
		Classification classification = classification(lens, request);
		this.audit.record(AuditRecord.created(ENTITY, request.id(), classification, request.snapshot()));
		headOf(request).filter(head -> head != actor.id())
			.ifPresent(head -> this.events.publishEvent(new Attention(head, ref(request), "decision", actor.id())));
		return view(lens, request);
	}

	/** The request when the person may see it; empty otherwise, throwing nothing. */
	@Transactional(readOnly = true)
	public java.util.Optional<RequestView> find(Actor actor, long id) {
		ResourceAccess.Lens lens = this.access.lens(actor);
		return this.requests.findById(id).filter(lens::maySee).map(r -> view(lens, r));
	}

	@Transactional(readOnly = true)
	public RequestView get(Actor actor, long id) {
		ResourceAccess.Lens lens = this.access.lens(actor);
		return view(lens, visible(lens, id));
	}

	/** The requests the person may see, newest first; open ones only when asked. */
	@Transactional(readOnly = true)
	public List<RequestView> list(Actor actor, boolean openOnly) {
		ResourceAccess.Lens lens = this.access.lens(actor);
		List<StaffingRequest> all = openOnly
				? this.requests.findByStateInOrderByRequestedAtDesc(
						List.of(RequestState.REQUESTED, RequestState.PROPOSED, RequestState.DECLINED))
				: this.requests.findAllByOrderByRequestedAtDesc();
		return all.stream().filter(lens::maySee).map(r -> view(lens, r)).toList();
	}

	/**
	 * The people who may answer the request, best fit first, each with the reasons for
	 * their rank: only to those who answer it.
	 */
	@Transactional(readOnly = true)
	public List<Candidate> candidates(Actor actor, long id) {
		ResourceAccess.Lens lens = this.access.lens(actor);
		StaffingRequest request = visible(lens, id);
		if (!lens.mayAnswer(request)) {
			throw new AccessDeniedException("may not answer staffing request " + id);
		}
		return rank(lens, request);
	}

	public RequestView propose(Actor actor, long id, long expectedVersion, long resourceId, String reason) {
		ResourceAccess.Lens lens = this.access.lens(actor);
		StaffingRequest request = visible(lens, id);
		if (!lens.mayAnswer(request)) {
			throw new AccessDeniedException("may not answer staffing request " + id);
		}
		Versioned.check(ENTITY, id, expectedVersion, request.version());
		if (rank(lens, request).stream().noneMatch(c -> c.resourceId() == resourceId)) {
			throw new RuleViolationException("resourceId", "resources.error.notACandidate",
					"this person is not a candidate for the request (skill or screening)");
		}
		Map<String, Object> before = request.snapshot();
		request.propose(resourceId, actor.id(), reason);
		return step(lens, request, before, "proposed", request.requestedBy());
	}

	public RequestView accept(Actor actor, long id, long expectedVersion) {
		ResourceAccess.Lens lens = this.access.lens(actor);
		StaffingRequest request = decidable(lens, id, expectedVersion);
		Map<String, Object> before = request.snapshot();
		if (request.state() != RequestState.PROPOSED) {
			// refused with the words of the workflow before anything is allocated
			request.accept(actor.id(), 0);
		}
		Resource resource = this.resources.findById(request.proposedResourceId())
			.orElseThrow(() -> new NotFoundException("resource", request.proposedResourceId()));
		requireScreening(request, resource, classification(lens, request));
		Allocation allocation = this.allocations.allocate(actor, resource, request.target(), request.period(),
				request.load(), request.id());
		request.accept(actor.id(), allocation.id());
		return step(lens, request, before, "accepted", request.proposedBy());
	}

	public RequestView decline(Actor actor, long id, long expectedVersion, String reason) {
		ResourceAccess.Lens lens = this.access.lens(actor);
		StaffingRequest request = decidable(lens, id, expectedVersion);
		Map<String, Object> before = request.snapshot();
		request.decline(actor.id(), reason);
		return step(lens, request, before, "declined", request.proposedBy());
	}

	public RequestView cancel(Actor actor, long id, long expectedVersion, String reason) {
		ResourceAccess.Lens lens = this.access.lens(actor);
		StaffingRequest request = decidable(lens, id, expectedVersion);
		Map<String, Object> before = request.snapshot();
		request.cancel(actor.id(), reason);
		return step(lens, request, before, "cancelled", request.proposedBy());
	}

	public RequestView fulfil(Actor actor, long id, long expectedVersion) {
		ResourceAccess.Lens lens = this.access.lens(actor);
		StaffingRequest request = visible(lens, id);
		if (!lens.mayAnswer(request)) {
			throw new AccessDeniedException("may not answer staffing request " + id);
		}
		Versioned.check(ENTITY, id, expectedVersion, request.version());
		Map<String, Object> before = request.snapshot();
		request.fulfil();
		return step(lens, request, before, "fulfilled", request.requestedBy());
	}

	/** What needs the person: requests to answer (heads), proposals to accept. */
	@Transactional(readOnly = true)
	public List<RequestView> waitingFor(Actor actor) {
		ResourceAccess.Lens lens = this.access.lens(actor);
		List<RequestView> out = new ArrayList<>();
		for (StaffingRequest r : this.requests.findByStateInOrderByRequestedAtDesc(
				List.of(RequestState.REQUESTED, RequestState.PROPOSED, RequestState.DECLINED))) {
			boolean toAnswer = r.state() != RequestState.PROPOSED && lens.heads(r.centreUnitId());
			boolean toDecide = r.state() == RequestState.PROPOSED && lens.maySee(r)
					&& (r.requestedBy() == actor.id() || (r.target().isProject()
							&& this.access.mayEditProject(r.projectId(), actor) && !actor.isPortfolioWide()));
			if ((toAnswer || toDecide) && lens.maySee(r)) {
				out.add(view(lens, r));
			}
		}
		return out;
	}

	private RequestView step(ResourceAccess.Lens lens, StaffingRequest request, Map<String, Object> before,
			String action, Long tell) {
		this.requests.saveAndFlush(request);
		this.audit.record(new AuditRecord(ENTITY + "." + action, ENTITY, String.valueOf(request.id()),
				classification(lens, request), null, before, request.snapshot()));
		Actor actor = lens.actor();
		if (tell != null && tell != actor.id()) {
			this.events.publishEvent(new Attention(tell, ref(request), "decision", actor.id()));
		}
		return view(lens, request);
	}

	private StaffingRequest decidable(ResourceAccess.Lens lens, long id, long expectedVersion) {
		StaffingRequest request = visible(lens, id);
		if (!lens.mayDecide(request)) {
			throw new AccessDeniedException("may not decide on staffing request " + id);
		}
		Versioned.check(ENTITY, id, expectedVersion, request.version());
		return request;
	}

	private StaffingRequest visible(ResourceAccess.Lens lens, long id) {
		return this.requests.findById(id).filter(lens::maySee).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	/** What the request needs: its own screening, and its project's classification's. */
	private ScreeningLevel required(ResourceAccess.Lens lens, StaffingRequest request) {
		ScreeningLevel fromProject = classification(lens, request).requiredScreening();
		return fromProject.compareTo(request.screening()) > 0 ? fromProject : request.screening();
	}

	private void requireScreening(StaffingRequest request, Resource resource, Classification classification) {
		this.allocations.requireCleared(resource, classification);
		ScreeningLevel screening = resource.personId() == null ? ScreeningLevel.NONE
				: this.people.find(resource.personId()).map(PersonSummary::screening).orElse(ScreeningLevel.NONE);
		if (screening.compareTo(request.screening()) < 0) {
			throw new RuleViolationException("resourceId", "resources.error.notCleared",
					"this person's screening does not clear the project's classification");
		}
	}

	private List<Candidate> rank(ResourceAccess.Lens lens, StaffingRequest request) {
		List<Resource> persons = this.resources.findAll()
			.stream()
			.filter(r -> r.kind() == ResourceKind.PERSON)
			.toList();
		Map<Long, Integer> levels = new HashMap<>();
		for (ResourceSkill s : this.resourceSkills.findBySkillId(request.skillId())) {
			levels.put(s.resourceId(), s.proficiency());
		}
		Map<Long, PersonSummary> summaries = this.people
			.findAll(persons.stream().map(Resource::personId).collect(Collectors.toSet()));
		ScreeningLevel required = required(lens, request);
		List<Resource> eligible = persons.stream()
			.filter(r -> levels.containsKey(r.id()))
			.filter(r -> summaries.containsKey(r.personId())
					&& summaries.get(r.personId()).screening().compareTo(required) >= 0)
			.toList();
		Map<Long, CapacityService.Availability> availability = this.capacity.availability(lens, eligible,
				request.firstDay(), request.lastDay(), request.load());
		List<CandidateRanking.Person> input = new ArrayList<>();
		for (Resource r : eligible) {
			LanguageLevel language = request.language() == null ? null
					: this.languages.findByResourceIdAndLanguage(r.id(), request.language())
						.map(ResourceLanguage::level)
						.orElse(null);
			CapacityService.Availability a = availability.get(r.id());
			input.add(new CandidateRanking.Person(r.id(), summaries.get(r.personId()).displayName(), r.centreUnitId(),
					summaries.get(r.personId()).screening(), levels.get(r.id()), language, a.free(), a.asked()));
		}
		String skillName = this.profiles.skill(request.skillId()).name();
		return CandidateRanking.rank(new CandidateRanking.Ask(skillName, request.minLevel(), request.language(),
				request.languageLevel(), required, request.centreUnitId()), input);
	}

	private Classification classification(ResourceAccess.Lens lens, StaffingRequest request) {
		return request.target().isProject() ? lens.project(request.projectId())
			.map(ProjectSummary::classification)
			.orElse(Classification.CONFIDENTIAL) : Classification.PUBLIC;
	}

	private Optional<Long> headOf(StaffingRequest request) {
		return request.centreUnitId() == null ? Optional.empty()
				: this.profiles.centreOf(request.centreUnitId()).map(Centre::headPersonId);
	}

	private static ObjectRef ref(StaffingRequest request) {
		return new ObjectRef(ENTITY, request.id());
	}

	RequestView view(ResourceAccess.Lens lens, StaffingRequest r) {
		String target;
		String link;
		if (r.target().isProject()) {
			ProjectSummary p = lens.project(r.projectId()).orElseThrow(() -> new NotFoundException(ENTITY, r.id()));
			target = p.code() + " · " + p.name();
			link = "/projects/" + p.id();
		}
		else {
			OrgUnitSummary squad = this.organisation.find(r.squadId()).orElse(null);
			target = squad == null ? "" : squad.code() + " · " + squad.name();
			link = "/resources/squads/" + r.squadId();
		}
		String centre = r.centreUnitId() == null ? null
				: this.organisation.find(r.centreUnitId()).map(OrgUnitSummary::name).orElse(null);
		String requester = this.people.find(r.requestedBy()).map(PersonSummary::displayName).orElse("");
		String proposed = null;
		if (r.proposedResourceId() != null) {
			ScreeningLevel required = required(lens, r);
			proposed = this.resources.findById(r.proposedResourceId())
				.flatMap(res -> res.personId() == null ? Optional.empty() : this.people.find(res.personId()))
				.filter(p -> p.screening().compareTo(required) >= 0)
				.map(PersonSummary::displayName)
				.orElse(null);
		}
		return new RequestView(r, this.profiles.skill(r.skillId()).name(), target, link, classification(lens, r),
				centre, requester, proposed, lens.mayAnswer(r), lens.mayDecide(r));
	}

}

package org.agilepmo.resources.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocating resources to projects and squads over periods. The PMO and the head of the
 * resource's centre allocate; a project must be visible to them, and a person whose
 * screening does not clear the project's classification is never allocated to it. The
 * person allocated is told ({@link Attention}, {@code assignment}).
 */
@Service
@Transactional
public class AllocationService {

	static final String ENTITY = "allocation";

	private final Allocations allocations;

	private final ResourceService resources;

	private final ResourceAccess access;

	private final People people;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	AllocationService(Allocations allocations, ResourceService resources, ResourceAccess access, People people,
			AuditTrail audit, ApplicationEventPublisher events) {
		this.allocations = allocations;
		this.resources = resources;
		this.access = access;
		this.people = people;
		this.audit = audit;
		this.events = events;
	}

	public Allocation allocate(Actor actor, long resourceId, Target target, LocalDate first, LocalDate last,
			LoadKind kind, java.math.BigDecimal value) {
		Resource resource = this.resources.manageable(actor, resourceId);
		return allocate(actor, resource, target, Period.of(first, last), Load.of(kind, value), null);
	}

	/** Allocates without the manager check: the requester's acceptance of a proposal. */
	Allocation allocate(Actor actor, Resource resource, Target target, Period period, Load load, Long requestId) {
		Classification classification = checkTarget(actor, target);
		requireCleared(resource, classification);
		Allocation saved = this.allocations
			.saveAndFlush(new Allocation(resource.id(), target, period, load, requestId, actor.id()));
		this.audit.record(AuditRecord.created(ENTITY, saved.id(), classification, saved.snapshot()));
		if (resource.personId() != null && resource.personId() != actor.id()) {
			this.events.publishEvent(new Attention(resource.personId(), new ObjectRef("resource", resource.id()),
					"assignment", actor.id()));
		}
		return saved;
	}

	public Allocation revise(Actor actor, long id, long expectedVersion, LocalDate first, LocalDate last, LoadKind kind,
			java.math.BigDecimal value) {
		Allocation allocation = manageable(actor, id);
		Versioned.check(ENTITY, id, expectedVersion, allocation.version());
		Map<String, Object> before = allocation.snapshot();
		allocation.revise(Period.of(first, last), Load.of(kind, value));
		this.allocations.saveAndFlush(allocation);
		this.audit.record(AuditRecord.updated(ENTITY, id, classification(actor, allocation.target()), before,
				allocation.snapshot()));
		return allocation;
	}

	public void remove(Actor actor, long id, long expectedVersion) {
		Allocation allocation = manageable(actor, id);
		Versioned.check(ENTITY, id, expectedVersion, allocation.version());
		this.allocations.delete(allocation);
		this.audit.record(new AuditRecord(ENTITY + ".removed", ENTITY, String.valueOf(id),
				classification(actor, allocation.target()), null, allocation.snapshot(), null));
	}

	/**
	 * Ends the allocation the day before {@code today}; one that has not begun yet is
	 * removed, one already over is refused.
	 */
	public void end(Actor actor, long id, long expectedVersion, LocalDate today) {
		Allocation allocation = manageable(actor, id);
		Versioned.check(ENTITY, id, expectedVersion, allocation.version());
		if (!allocation.firstDay().isBefore(today)) {
			remove(actor, id, expectedVersion);
			return;
		}
		if (allocation.lastDay().isBefore(today)) {
			throw new RuleViolationException("lastDay", "resources.error.alreadyEnded",
					"this allocation has already ended");
		}
		revise(actor, id, expectedVersion, allocation.firstDay(), today.minusDays(1), allocation.loadKind(),
				allocation.loadValue());
	}

	/** The allocations of a resource the person may see, by first day. */
	@Transactional(readOnly = true)
	public List<Allocation> of(Actor actor, long resourceId) {
		this.resources.visible(actor, resourceId);
		ResourceAccess.Lens lens = this.access.lens(actor);
		return this.allocations.findByResourceIdOrderByFirstDay(resourceId).stream().filter(lens::maySee).toList();
	}

	@Transactional(readOnly = true)
	public Allocation visible(Actor actor, long id) {
		Allocation allocation = this.allocations.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		this.resources.visible(actor, allocation.resourceId());
		if (!this.access.lens(actor).maySee(allocation)) {
			throw new NotFoundException(ENTITY, id);
		}
		return allocation;
	}

	private Allocation manageable(Actor actor, long id) {
		Allocation allocation = visible(actor, id);
		this.resources.manageable(actor, allocation.resourceId());
		return allocation;
	}

	/**
	 * The target exists and the person may see it: its classification (squads public).
	 */
	private Classification checkTarget(Actor actor, Target target) {
		if (target.isProject()) {
			ProjectSummary project = this.access.project(target.projectId(), actor)
				.orElseThrow(() -> new NotFoundException("project", target.projectId()));
			return project.classification();
		}
		this.access.squad(target.squadId());
		return Classification.PUBLIC;
	}

	private Classification classification(Actor actor, Target target) {
		return target.isProject() ? this.access.project(target.projectId(), actor)
			.map(ProjectSummary::classification)
			.orElse(Classification.CONFIDENTIAL) : Classification.PUBLIC;
	}

	/**
	 * A person whose screening does not clear the classification is refused, with words.
	 */
	void requireCleared(Resource resource, Classification classification) {
		if (resource.personId() == null) {
			return;
		}
		ScreeningLevel screening = this.people.find(resource.personId())
			.map(PersonSummary::screening)
			.orElse(ScreeningLevel.NONE);
		if (!screening.clears(classification)) {
			throw new RuleViolationException("resourceId", "resources.error.notCleared",
					"this person's screening does not clear the project's classification");
		}
	}

}

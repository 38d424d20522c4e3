package org.agilepmo.delivery.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.delivery.internal.DeliveryAccess.Lens;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.shared.Versioned;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Releases: their scope (the items whose release they are) and a forecast date range. */
@Service
public class ReleaseService {

	static final String ENTITY = "delivery-release";

	static final int DEFAULT_SPRINT_DAYS = 14;

	private final Releases releases;

	private final BacklogItems items;

	private final Sprints sprints;

	private final SprintService sprintService;

	private final BacklogService backlog;

	private final DeliveryAccess access;

	private final AuditTrail audit;

	ReleaseService(Releases releases, BacklogItems items, Sprints sprints, SprintService sprintService,
			BacklogService backlog, DeliveryAccess access, AuditTrail audit) {
		this.releases = releases;
		this.items = items;
		this.sprints = sprints;
		this.sprintService = sprintService;
		this.backlog = backlog;
		this.access = access;
		this.audit = audit;
	}

	public record ReleaseView(long id, long version, long squadId, String name, String description,
			LocalDate targetDate, int scopePoints, int donePoints, ReleaseForecast forecast, Velocity velocity,
			boolean targetAtRisk, List<ItemView> scope) {
	}

	@Transactional(readOnly = true)
	public List<ReleaseView> ofSquad(Actor actor, long squadId) {
		this.access.visibleSquad(actor, squadId);
		return this.releases.findBySquadIdOrderByTargetDateAscIdAsc(squadId).stream().map(r -> view(actor, r)).toList();
	}

	@Transactional(readOnly = true)
	public ReleaseView get(Actor actor, long id) {
		Release release = this.releases.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		this.access.visibleSquad(actor, release.squadId());
		return view(actor, release);
	}

	@Transactional
	public ReleaseView create(Actor actor, long squadId, String name, String description, LocalDate target) {
		this.access.editableSquad(actor, squadId);
		Release release = this.releases.saveAndFlush(Release.of(squadId, name, description, target));
		this.audit.record(AuditRecord.created(ENTITY, release.id(), Classification.PUBLIC, release.snapshot()));
		return view(actor, release);
	}

	@Transactional
	public ReleaseView revise(Actor actor, long id, long expectedVersion, String name, String description,
			LocalDate target) {
		Release release = this.releases.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		this.access.visibleSquad(actor, release.squadId());
		this.access.editableSquad(actor, release.squadId());
		Versioned.check(ENTITY, id, expectedVersion, release.version());
		Release.Snapshot before = release.snapshot();
		release.revise(name, description, target);
		try {
			this.releases.saveAndFlush(release);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(ENTITY, id, expectedVersion, expectedVersion + 1);
		}
		this.audit.record(AuditRecord.updated(ENTITY, id, Classification.PUBLIC, before, release.snapshot()));
		return view(actor, release);
	}

	private ReleaseView view(Actor actor, Release release) {
		Lens lens = this.access.lens(actor);
		List<BacklogItem> scope = VisibleItems.items(lens, this.items.findByReleaseId(release.id()));
		int total = 0;
		int done = 0;
		for (BacklogItem i : scope) {
			total += i.points();
			if (i.category() == Category.DONE) {
				done += i.points();
			}
		}
		Velocity velocity = this.sprintService.velocity(lens, release.squadId());
		List<Sprint> squadSprints = this.sprints.findBySquadIdOrderByStartDateAscIdAsc(release.squadId());
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		LocalDate nextStart = today;
		int length = DEFAULT_SPRINT_DAYS;
		for (Sprint s : squadSprints) {
			length = s.lengthInDays();
			if (s.state() == SprintState.ACTIVE) {
				nextStart = s.startDate();
			}
		}
		ReleaseForecast forecast = ReleaseForecast.of(total - done, velocity, nextStart, length);
		boolean atRisk = release.targetDate() != null
				&& (forecast.likely() == null ? total > done : forecast.likely().isAfter(release.targetDate()));
		return new ReleaseView(release.id(), release.version(), release.squadId(), release.name(),
				release.description(), release.targetDate(), total, done, forecast, velocity, atRisk,
				this.backlog.views(lens, scope));
	}

}

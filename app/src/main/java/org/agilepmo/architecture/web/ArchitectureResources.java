package org.agilepmo.architecture.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.agilepmo.architecture.internal.Application;
import org.agilepmo.architecture.internal.ApplicationKind;
import org.agilepmo.architecture.internal.ApplicationService;
import org.agilepmo.architecture.internal.ArchitectureReview;
import org.agilepmo.architecture.internal.CatalogueEntry;
import org.agilepmo.architecture.internal.Dependency;
import org.agilepmo.architecture.internal.EntryKind;
import org.agilepmo.architecture.internal.Hosting;
import org.agilepmo.architecture.internal.Lifecycle;
import org.agilepmo.architecture.internal.Quadrant;
import org.agilepmo.architecture.internal.ReviewCondition;
import org.agilepmo.architecture.internal.ReviewDecision;
import org.agilepmo.architecture.internal.ReviewKind;
import org.agilepmo.architecture.internal.Ring;
import org.agilepmo.architecture.internal.TechnologyUseService;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.Classification;

/** What the module's API answers. */
final class ArchitectureResources {

	private ArchitectureResources() {
	}

	record EntryResource(long id, long version, String name, EntryKind kind, Ring ring, Quadrant quadrant, Long ownerId,
			LocalDate reviewOn, LocalDate supportEndsOn, String description) {

		static EntryResource of(CatalogueEntry e) {
			return new EntryResource(e.id(), e.version(), e.name(), e.kind(), e.ring(), e.quadrant(), e.ownerId(),
					e.reviewOn(), e.supportEndsOn(), e.description());
		}

	}

	record ApplicationResource(long id, long version, String code, String name, ApplicationKind kind, Long ownerId,
			String capability, Lifecycle lifecycle, Hosting hosting, Classification classification, String debtRating,
			String externalId, String description, Set<Long> technologies, Set<Long> projects) {

		static ApplicationResource of(Application a) {
			return new ApplicationResource(a.id(), a.version(), a.code(), a.name(), a.kind(), a.ownerId(),
					a.capability(), a.lifecycle(), a.hosting(), a.classification(), a.debtRating(), a.externalId(),
					a.description(), a.technologies(), a.projects());
		}

	}

	record DependencyResource(long id, long fromId, long toId, String kind) {

		static DependencyResource of(Dependency d) {
			return new DependencyResource(d.id(), d.fromId(), d.toId(), d.kind());
		}

	}

	record GraphResource(List<ApplicationResource> nodes, List<DependencyResource> edges) {

		static GraphResource of(ApplicationService.Graph g) {
			return new GraphResource(g.nodes().stream().map(ApplicationResource::of).toList(),
					g.edges().stream().map(DependencyResource::of).toList());
		}

	}

	record ChecklistResource(long entryId, Boolean met) {
	}

	record ReviewResource(long id, long version, Long projectId, Long conceptNoteId, Stage gateStage, ReviewKind kind,
			String title, String summary, ArchitectureReview.Status status, ReviewDecision decision,
			String decisionNote, long requestedBy, Instant requestedAt, Long decidedBy, Instant decidedAt,
			List<ChecklistResource> checklist, Set<Long> reviewers, List<ConditionResource> conditions) {

		static ReviewResource of(ArchitectureReview r, List<ReviewCondition> conditions) {
			return new ReviewResource(r.id(), r.version(), r.projectId(), r.conceptNoteId(), r.gateStage(), r.kind(),
					r.title(), r.summary(), r.status(), r.decision(), r.decisionNote(), r.requestedBy(),
					r.requestedAt(), r.decidedBy(), r.decidedAt(),
					r.checklist().stream().map(c -> new ChecklistResource(c.entryId(), c.met())).toList(),
					r.reviewers(), conditions.stream().map(ConditionResource::of).toList());
		}

	}

	record ConditionResource(long id, long version, long reviewId, String description, long ownerId, LocalDate dueOn,
			boolean done) {

		static ConditionResource of(ReviewCondition c) {
			return new ConditionResource(c.id(), c.version(), c.reviewId(), c.description(), c.ownerId(), c.dueOn(),
					c.isDone());
		}

	}

	record UseResource(long id, long version, long projectId, Long entryId, String name, Ring ring, boolean needsWaiver,
			String waiverReason, LocalDate waiverExpiresOn, boolean deviation) {

		static UseResource of(TechnologyUseService.UseView v) {
			return new UseResource(v.use().id(), v.use().version(), v.use().projectId(), v.use().entryId(),
					v.use().name(), v.entry() == null ? null : v.entry().ring(), v.needsWaiver(),
					v.use().waiverReason(), v.use().waiverExpiresOn(), v.deviation());
		}

	}

}

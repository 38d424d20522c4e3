package org.agilepmo.architecture.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.WorkEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's objects as the rest of the platform sees them (comments, attachments,
 * search, notifications, my work, the audit trail's names), through the module's rule. A
 * person's work here: the conditions they own, the reviews waiting for them on the board,
 * and, for a project manager, the technologies of their projects used without a waiver in
 * force.
 */
@Component
class ArchitectureDirectory implements ObjectDirectory {

	private static final Set<String> KINDS = Set.of(ApplicationService.ENTITY, ReviewService.ENTITY,
			ReviewService.CONDITION, CatalogueService.ENTITY);

	private final Applications applications;

	private final Reviews reviews;

	private final Conditions conditions;

	private final CatalogueEntries catalogue;

	private final TechnologyUseService uses;

	private final ArchitectureAccess access;

	private final ProjectCatalogue projects;

	private final ArchitectureClock clock;

	ArchitectureDirectory(Applications applications, Reviews reviews, Conditions conditions, CatalogueEntries catalogue,
			TechnologyUseService uses, ArchitectureAccess access, ProjectCatalogue projects, ArchitectureClock clock) {
		this.applications = applications;
		this.reviews = reviews;
		this.conditions = conditions;
		this.catalogue = catalogue;
		this.uses = uses;
		this.access = access;
		this.projects = projects;
		this.clock = clock;
	}

	@Override
	public Set<String> kinds() {
		return KINDS;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		return switch (ref.kind()) {
			case ApplicationService.ENTITY -> this.applications.findById(ref.id())
				.filter(a -> this.access.sees(actor, a))
				.map(a -> new ObjectCard(ref, a.name(), a.code(), "/architecture/applications/" + a.id(), null,
						a.classification()));
			case ReviewService.ENTITY -> this.reviews.findById(ref.id()).flatMap(r -> reviewCard(ref, r, actor));
			case ReviewService.CONDITION -> this.conditions.findById(ref.id())
				.flatMap(
						c -> this.reviews.findById(c.reviewId())
							.flatMap(r -> this.access.subject(actor, r)
								.map(cl -> new ObjectCard(ref, c.description(), "ARB-" + r.id(),
										"/architecture/reviews/" + r.id() + "#condition-" + c.id(), r.projectId(),
										cl))));
			case CatalogueService.ENTITY -> this.catalogue.findById(ref.id())
				.map(e -> new ObjectCard(ref, e.name(), null, "/architecture/radar#entry-" + e.id(), null,
						Classification.PUBLIC));
			default -> Optional.empty();
		};
	}

	private Optional<ObjectCard> reviewCard(ObjectRef ref, ArchitectureReview r, Actor actor) {
		return this.access.subject(actor, r)
			.map(cl -> new ObjectCard(ref, r.title(), "ARB-" + r.id(), "/architecture/reviews/" + r.id(), r.projectId(),
					cl));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayAttach(ObjectRef ref, Actor actor) {
		return switch (ref.kind()) {
			case ApplicationService.ENTITY ->
				this.applications.findById(ref.id()).map(a -> this.access.mayEdit(actor, a)).orElse(false);
			case ReviewService.ENTITY -> this.reviews.findById(ref.id())
				.filter(r -> this.access.subject(actor, r).isPresent())
				.map(r -> this.access.isBoard(actor)
						|| (r.projectId() != null && this.access.mayEditProject(actor, r.projectId()))
						|| r.requestedBy() == actor.id())
				.orElse(false);
			default -> false;
		};
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchText> searchText(ObjectRef ref) {
		return switch (ref.kind()) {
			case ApplicationService.ENTITY -> this.applications.findById(ref.id())
				.map(a -> new SearchText(a.name(),
						a.code() + " " + nullToEmpty(a.capability()) + " " + nullToEmpty(a.description()), null,
						a.classification()));
			case ReviewService.ENTITY -> this.reviews.findById(ref.id())
				.map(r -> new SearchText(r.title(), "ARB-" + r.id() + " " + nullToEmpty(r.summary()), r.projectId(),
						r.projectId() == null ? Classification.CONFIDENTIAL
								: this.projects.classificationOf(r.projectId()).orElse(Classification.CONFIDENTIAL)));
			case ReviewService.CONDITION -> this.conditions.findById(ref.id())
				.flatMap(c -> this.reviews.findById(c.reviewId())
					.map(r -> new SearchText(c.description(), "ARB-" + r.id(), r.projectId(),
							Classification.CONFIDENTIAL)));
			case CatalogueService.ENTITY -> this.catalogue.findById(ref.id())
				.map(e -> new SearchText(e.name(), nullToEmpty(e.description()), null, Classification.PUBLIC));
			default -> Optional.empty();
		};
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	@Override
	@Transactional(readOnly = true)
	public Stream<ObjectRef> all(String kind) {
		List<ObjectRef> refs = switch (kind) {
			case ApplicationService.ENTITY ->
				this.applications.findAll().stream().map(a -> new ObjectRef(kind, a.id())).toList();
			case ReviewService.ENTITY -> this.reviews.findAll().stream().map(r -> new ObjectRef(kind, r.id())).toList();
			case ReviewService.CONDITION ->
				this.conditions.findAll().stream().map(c -> new ObjectRef(kind, c.id())).toList();
			case CatalogueService.ENTITY ->
				this.catalogue.findAll().stream().map(e -> new ObjectRef(kind, e.id())).toList();
			default -> List.of();
		};
		return refs.stream();
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkEntry> workFor(Actor actor) {
		List<WorkEntry> work = new ArrayList<>();
		LocalDate today = this.clock.today();
		for (ReviewCondition c : this.conditions.findByOwnerIdAndDoneAtIsNullOrderByDueOnAscIdAsc(actor.id())) {
			findVisible(new ObjectRef(ReviewService.CONDITION, c.id()), actor).ifPresent(card -> {
				boolean late = c.isOverdue(today);
				work.add(new WorkEntry(card, late ? "work.review-condition.overdue" : "work.review-condition.open",
						c.dueOn(), late));
			});
		}
		if (this.access.isBoard(actor)) {
			for (ArchitectureReview r : this.reviews.findAllByOrderByRequestedAtDescIdDesc()) {
				if (r.isOpen() && (r.reviewers().contains(actor.id())
						|| r.reviewers().isEmpty() && actor.has(org.agilepmo.shared.GlobalRole.ARCHITECTURE_BOARD))) {
					reviewCard(new ObjectRef(ReviewService.ENTITY, r.id()), r, actor).ifPresent(
							card -> work.add(new WorkEntry(card, "work.architecture-review.decide", null, false)));
				}
			}
		}
		for (ProjectSummary p : this.projects.managedBy(actor)) {
			for (TechnologyUseService.UseView v : this.uses.deviationsOf(p.id())) {
				ObjectCard card = new ObjectCard(new ObjectRef("project", p.id()), p.code() + " · " + v.use().name(),
						null, "/projects/" + p.id() + "/architecture", p.id(), p.classification());
				work.add(new WorkEntry(card,
						v.use().hasWaiver() ? "work.technology-waiver.expired" : "work.technology-waiver.missing",
						v.use().waiverExpiresOn(), true));
			}
		}
		work.sort(Comparator.comparing((WorkEntry w) -> !w.overdue())
			.thenComparing(WorkEntry::due, Comparator.nullsLast(Comparator.naturalOrder())));
		return work;
	}

}

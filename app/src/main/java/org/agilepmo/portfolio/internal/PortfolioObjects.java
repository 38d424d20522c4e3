package org.agilepmo.portfolio.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.WorkEntry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Portfolios, programmes and projects for the workspace, through the same rule as the
 * portfolio module's lists ({@link ProjectAccessPolicy}, {@link Visibility}). Files may
 * be attached by whoever may change the object. A project manager's work: their active
 * projects that are red, past their planned finish, or whose record was not touched for
 * {@value #STALE_DAYS} days.
 */
@Component
class PortfolioObjects implements ObjectDirectory {

	static final int STALE_DAYS = 30;

	private final ProjectService projects;

	private final PortfolioService portfolios;

	private final Projects projectRecords;

	private final Portfolios portfolioRecords;

	private final Programmes programmeRecords;

	private final People people;

	PortfolioObjects(ProjectService projects, PortfolioService portfolios, Projects projectRecords,
			Portfolios portfolioRecords, Programmes programmeRecords, People people) {
		this.projects = projects;
		this.portfolios = portfolios;
		this.projectRecords = projectRecords;
		this.portfolioRecords = portfolioRecords;
		this.programmeRecords = programmeRecords;
		this.people = people;
	}

	@Override
	public Set<String> kinds() {
		return Set.of("portfolio", "programme", ProjectService.ENTITY);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		return switch (ref.kind()) {
			case "project" -> this.projects.findVisible(ref.id(), actor)
				.map(p -> new ObjectCard(ref, p.name(), p.code(), "/projects/" + p.id(), p.id(), p.classification()));
			case "portfolio" -> this.portfolios.findPortfolio(actor, ref.id())
				.map(p -> new ObjectCard(ref, p.name(), p.code(), "/portfolios/" + p.id(), null,
						Classification.PUBLIC));
			case "programme" -> this.portfolios.findProgramme(actor, ref.id())
				.map(p -> new ObjectCard(ref, p.name(), p.code(), "/programmes/" + p.id(), null,
						Classification.PUBLIC));
			default -> Optional.empty();
		};
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayAttach(ObjectRef ref, Actor actor) {
		return switch (ref.kind()) {
			case "project" -> this.projects.mayEdit(ref.id(), actor);
			case "portfolio" -> this.portfolios.findPortfolio(actor, ref.id()).map(p -> p.mayManage()).orElse(false);
			case "programme" -> this.portfolios.findProgramme(actor, ref.id()).map(p -> p.mayEdit()).orElse(false);
			default -> false;
		};
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchText> searchText(ObjectRef ref) {
		return switch (ref.kind()) {
			case "project" -> this.projectRecords.findById(ref.id())
				.map(p -> new SearchText(p.name(), join(p.code(), p.description(), nameOf(p.projectManagerId())),
						p.id(), p.classification()));
			case "portfolio" -> this.portfolioRecords.findById(ref.id())
				.map(p -> new SearchText(p.name(), join(p.code(), p.description()), null, Classification.PUBLIC));
			case "programme" -> this.programmeRecords.findById(ref.id())
				.map(p -> new SearchText(p.name(), join(p.code(), p.description(), nameOf(p.managerId())), null,
						Classification.PUBLIC));
			default -> Optional.empty();
		};
	}

	@Override
	@Transactional(readOnly = true)
	public Stream<ObjectRef> all(String kind) {
		List<Long> ids = switch (kind) {
			case "project" -> this.projectRecords.findAll().stream().map(Project::id).toList();
			case "portfolio" -> this.portfolioRecords.findAll().stream().map(Portfolio::id).toList();
			case "programme" -> this.programmeRecords.findAll().stream().map(Programme::id).toList();
			default -> List.of();
		};
		return ids.stream().map(id -> new ObjectRef(kind, id));
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkEntry> workFor(Actor actor) {
		LocalDate today = LocalDate.now();
		Instant staleSince = Instant.now().minus(STALE_DAYS, ChronoUnit.DAYS);
		List<WorkEntry> work = new ArrayList<>();
		for (Project p : this.projectRecords.findAll(Visibility.projects(actor))) {
			boolean manages = p.members()
				.stream()
				.anyMatch(m -> m.personId() == actor.id() && m.role() == ProjectRole.PROJECT_MANAGER);
			if (!manages || !p.stage().isActive() || p.stage() == Stage.CONCEPT) {
				continue;
			}
			ObjectCard card = new ObjectCard(new ObjectRef(ProjectService.ENTITY, p.id()), p.name(), p.code(),
					"/projects/" + p.id(), p.id(), p.classification());
			boolean late = p.plannedFinish() != null && p.plannedFinish().isBefore(today);
			if (late) {
				work.add(new WorkEntry(card, "work.project.past-finish", p.plannedFinish(), true));
			}
			else if (p.health() == Health.RED) {
				work.add(new WorkEntry(card, "work.project.red", p.plannedFinish(), false));
			}
			else if (p.updatedAt() != null && p.updatedAt().isBefore(staleSince)) {
				work.add(new WorkEntry(card, "work.project.stale", p.plannedFinish(), false));
			}
		}
		work.sort(Comparator.comparing(WorkEntry::overdue)
			.reversed()
			.thenComparing(WorkEntry::due, Comparator.nullsLast(Comparator.naturalOrder())));
		return work;
	}

	private String nameOf(Long personId) {
		return personId == null ? "" : this.people.find(personId).map(PersonSummary::displayName).orElse("");
	}

	private static String join(String... parts) {
		return String.join(" ", Stream.of(parts).filter(p -> p != null && !p.isBlank()).toList());
	}

}

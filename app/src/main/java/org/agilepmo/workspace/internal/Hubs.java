package org.agilepmo.workspace.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.shared.ObjectDirectories;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectRef;

import org.springframework.stereotype.Service;

/**
 * The hubs: one page per project, programme and portfolio that gathers where it sits, its
 * projects and their health, and the recent changes the reader may see. A hub the reader
 * may not see answers 404, as its object's own page does.
 */
@Service
public class Hubs {

	static final int CHANGES_SHOWN = 20;

	private final ProjectCatalogue projects;

	private final ObjectDirectories directories;

	private final ActivityStream activity;

	Hubs(ProjectCatalogue projects, ObjectDirectories directories, ActivityStream activity) {
		this.projects = projects;
		this.directories = directories;
		this.activity = activity;
	}

	public ProjectHub project(Actor actor, long projectId) {
		this.projects.requireVisible(projectId, actor);
		ProjectOverview project = this.projects.listVisible(actor)
			.stream()
			.filter(p -> p.id() == projectId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("project", projectId));
		return new ProjectHub(project, this.projects.mayEdit(projectId, actor),
				this.activity.ofProject(actor, projectId, CHANGES_SHOWN));
	}

	public GroupHub portfolio(Actor actor, long portfolioId) {
		List<ProjectOverview> inIt = visibleProjects(actor, p -> p.portfolioId() == portfolioId);
		Optional<ObjectCard> card = this.directories.findVisible(new ObjectRef("portfolio", portfolioId), actor);
		String name = card.map(ObjectCard::title)
			.or(() -> inIt.stream().findFirst().map(ProjectOverview::portfolioName))
			.orElseThrow(() -> new NotFoundException("portfolio", portfolioId));
		Map<Long, String> programmes = new LinkedHashMap<>();
		inIt.stream()
			.filter(p -> p.programmeId() != null)
			.forEach(p -> programmes.putIfAbsent(p.programmeId(), p.programmeName()));
		return new GroupHub(portfolioId, name, null, null, programmes, inIt, health(inIt),
				this.activity.ofProjects(actor, ids(inIt), CHANGES_SHOWN));
	}

	public GroupHub programme(Actor actor, long programmeId) {
		List<ProjectOverview> inIt = visibleProjects(actor,
				p -> p.programmeId() != null && p.programmeId() == programmeId);
		Optional<ObjectCard> card = this.directories.findVisible(new ObjectRef("programme", programmeId), actor);
		if (card.isEmpty() && inIt.isEmpty()) {
			throw new NotFoundException("programme", programmeId);
		}
		String name = card.map(ObjectCard::title).orElseGet(() -> inIt.get(0).programmeName());
		Long portfolioId = inIt.isEmpty() ? null : inIt.get(0).portfolioId();
		String portfolioName = inIt.isEmpty() ? null : inIt.get(0).portfolioName();
		return new GroupHub(programmeId, name, portfolioId, portfolioName, Map.of(), inIt, health(inIt),
				this.activity.ofProjects(actor, ids(inIt), CHANGES_SHOWN));
	}

	private List<ProjectOverview> visibleProjects(Actor actor, Predicate<ProjectOverview> filter) {
		return this.projects.listVisible(actor).stream().filter(filter).toList();
	}

	private static Set<Long> ids(List<ProjectOverview> projects) {
		return projects.stream().map(ProjectOverview::id).collect(Collectors.toSet());
	}

	static Map<Health, Long> health(List<ProjectOverview> projects) {
		Map<Health, Long> health = new EnumMap<>(Health.class);
		for (Health h : Health.values()) {
			health.put(h, 0L);
		}
		projects.forEach(p -> health.merge(p.health() == null ? Health.GREEN : p.health(), 1L, Long::sum));
		return health;
	}

	/** A project's hub. */
	public record ProjectHub(ProjectOverview project, boolean mayEdit, List<ActivityStream.Change> changes) {
	}

	/**
	 * A portfolio's or a programme's hub.
	 *
	 * @param id its id
	 * @param name its name
	 * @param parentId the portfolio a programme belongs to, or {@code null}
	 * @param parentName that portfolio's name, or {@code null}
	 * @param programmes a portfolio's programmes with visible projects, by id
	 * @param projects its projects the reader may see
	 * @param health how many of them are green, amber, red
	 * @param changes the recent changes to them the reader may see
	 */
	public record GroupHub(long id, String name, Long parentId, String parentName, Map<Long, String> programmes,
			List<ProjectOverview> projects, Map<Health, Long> health, List<ActivityStream.Change> changes) {
	}

}

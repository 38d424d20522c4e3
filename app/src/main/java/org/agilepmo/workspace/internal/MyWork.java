package org.agilepmo.workspace.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.shared.ObjectDirectories;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.WorkEntry;

import org.springframework.stereotype.Service;

/**
 * A person's home page: what needs them (every module's work for them, overdue first,
 * then by due date), their projects still under way (not closed or cancelled) with their
 * health, and the recent changes they may see, in the order their role needs them.
 */
@Service
public class MyWork {

	/** Projects listed on the home page at most. */
	static final int PROJECTS_SHOWN = 12;

	static final int CHANGES_SHOWN = 10;

	/** Overdue first, then the nearest due date, then undated, then by name. */
	static final Comparator<WorkEntry> MOST_URGENT_FIRST = Comparator.comparing((WorkEntry w) -> !w.overdue())
		.thenComparing(WorkEntry::due, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
		.thenComparing(w -> w.object().title());

	static final Comparator<ProjectOverview> WORST_HEALTH_FIRST = Comparator
		.comparing((ProjectOverview p) -> p.health() == null ? Health.GREEN : p.health(),
				Comparator.comparingInt(h -> -h.ordinal()))
		.thenComparing(ProjectOverview::code);

	private final ObjectDirectories directories;

	private final ProjectCatalogue projects;

	private final ActivityStream activity;

	MyWork(ObjectDirectories directories, ProjectCatalogue projects, ActivityStream activity) {
		this.directories = directories;
		this.projects = projects;
		this.activity = activity;
	}

	public Home of(Actor actor) {
		List<WorkEntry> needsMe = new ArrayList<>();
		for (ObjectDirectory directory : this.directories.all()) {
			needsMe.addAll(directory.workFor(actor));
		}
		needsMe.sort(MOST_URGENT_FIRST);
		List<ProjectOverview> visible = this.projects.listVisible(actor)
			.stream()
			.filter(p -> !p.stage().isFinal())
			.toList();
		Map<Health, Long> health = Hubs.health(visible);
		List<ProjectOverview> mine = visible.stream().sorted(WORST_HEALTH_FIRST).limit(PROJECTS_SHOWN).toList();
		return new Home(Focus.of(actor), needsMe, mine, visible.size(), health,
				this.activity.recent(actor, CHANGES_SHOWN));
	}

	/**
	 * What a role looks at first. The PMO (and administrators) govern the whole
	 * portfolio: its health comes first. Auditors read the trail: the recent changes come
	 * first. Everyone else (project managers, developers, sponsors) starts with what
	 * needs them.
	 */
	public enum Focus {

		PORTFOLIO, CHANGES, WORK;

		static Focus of(Actor actor) {
			if (actor.isPortfolioWide()) {
				return PORTFOLIO;
			}
			if (actor.has(GlobalRole.AUDITOR)) {
				return CHANGES;
			}
			return WORK;
		}

	}

	/**
	 * A person's home page.
	 *
	 * @param focus what their role looks at first
	 * @param needsMe what needs them, most urgent first
	 * @param projects their projects not closed or cancelled (every visible one for the
	 * PMO), worst health first
	 * @param projectCount how many such projects they see in all
	 * @param health how many of those projects are green, amber, red
	 * @param changes the recent changes they may see
	 */
	public record Home(Focus focus, List<WorkEntry> needsMe, List<ProjectOverview> projects, int projectCount,
			Map<Health, Long> health, List<ActivityStream.Change> changes) {

		public long overdue() {
			return this.needsMe.stream().filter(WorkEntry::overdue).count();
		}

	}

}

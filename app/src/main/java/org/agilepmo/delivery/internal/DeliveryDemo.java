package org.agilepmo.delivery.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.DemoContribution;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo delivery: squad Bravo in the middle of a sprint on the identity wallet, whose
 * stories deliver the pilot milestone of the electronic identity plan (reference
 * {@code EID-PILOT}), and squad Alpha (Lucas the product owner, Sara the developer) eight
 * days into a sprint on the citizen services portal: stories done on past days, one in
 * progress, the rest to do, each assigned to one of them, so that the burndown has days
 * of history and both have work waiting for them.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("pmo.demo.enabled")
class DeliveryDemo implements DemoContribution {

	private final BacklogService backlog;

	private final SprintService sprints;

	private final BoardService boards;

	private final OrganisationManagement organisation;

	private final ProjectCatalogue projects;

	private final People people;

	private final ItemLog log;

	DeliveryDemo(BacklogService backlog, SprintService sprints, BoardService boards,
			OrganisationManagement organisation, ProjectCatalogue projects, People people, ItemLog log) {
		this.log = log;
		this.backlog = backlog;
		this.sprints = sprints;
		this.boards = boards;
		this.organisation = organisation;
		this.projects = projects;
		this.people = people;
	}

	@Override
	public void write() {
		Actor admin = CurrentActor.require();
		Map<String, Long> units = this.organisation.all()
			.stream()
			.collect(Collectors.toMap(OrgUnitSummary::code, OrgUnitSummary::id));
		Map<String, Long> projectIds = this.projects.listVisible(admin)
			.stream()
			.collect(Collectors.toMap(ProjectOverview::code, ProjectOverview::id));
		Long bravo = units.get("SQ-BRAVO");
		Long alpha = units.get("SQ-ALPHA");
		if (bravo != null && projectIds.containsKey("DIGI-EID")) {
			identityWallet(admin, bravo, projectIds.get("DIGI-EID"));
		}
		if (alpha != null && projectIds.containsKey("DIGI-PORTAL")) {
			portal(admin, alpha, projectIds.get("DIGI-PORTAL"));
		}
	}

	private void identityWallet(Actor admin, long squad, long project) {
		ItemView epic = item(admin, squad, ItemType.EPIC, "Identity wallet", null, null, project);
		ItemView login = item(admin, squad, ItemType.STORY, "Log in to the wallet with a one-time code", 5, epic.id(),
				project);
		ItemView certificate = item(admin, squad, ItemType.STORY, "Store a signing certificate on the phone", 8,
				epic.id(), project);
		ItemView sign = item(admin, squad, ItemType.STORY, "Sign a PDF with the wallet", 5, epic.id(), project);
		ItemView revoke = item(admin, squad, ItemType.STORY, "Revoke a lost phone's certificate", 3, epic.id(),
				project);
		item(admin, squad, ItemType.STORY, "Wallet in Arabic and French", 3, epic.id(), project);
		item(admin, squad, ItemType.BUG, "Code e-mail lands in spam", 1, epic.id(), project);

		LocalDate today = LocalDate.now();
		SprintService.SprintView sprint = this.sprints.plan(admin, squad, "Wallet sprint 1",
				"A citizen can log in and sign a document", today.minusDays(7), today.plusDays(6));
		for (String username : List.of("dev.ken", "dev.sara")) {
			PersonSummary person = this.people.findByUsername(username).orElse(null);
			if (person != null) {
				sprint = this.sprints.makeAvailable(admin, sprint.id(), sprint.version(), person.id(),
						BigDecimal.valueOf(9));
			}
		}
		for (ItemView story : List.of(login, certificate, sign, revoke)) {
			this.backlog.plan(admin, story.id(), current(admin, story).version(), sprint.id());
		}
		sprint = this.sprints.get(admin, sprint.id());
		this.sprints.start(admin, sprint.id(), sprint.version());
		List<BoardService.ColumnView> columns = this.boards.columns(admin, squad);
		BoardService.ColumnView inProgress = columns.get(1);
		BoardService.ColumnView done = columns.get(columns.size() - 1);
		this.backlog.move(admin, login.id(), current(admin, login).version(), done.id());
		this.backlog.move(admin, certificate.id(), current(admin, certificate).version(), inProgress.id());
	}

	private void portal(Actor admin, long squad, long project) {
		LocalDate today = LocalDate.now();
		LocalDate start = today.minusDays(8);
		Long sara = personId("dev.sara");
		Long lucas = personId("po.lucas");
		ItemView epic = item(admin, squad, ItemType.EPIC, "Online permits", null, null, project);
		ItemView apply = item(admin, squad, ItemType.STORY, "Apply for a parking permit online", 8, epic.id(), project);
		ItemView pay = item(admin, squad, ItemType.STORY, "Pay a permit with the payment gateway", 5, epic.id(),
				project);
		ItemView track = item(admin, squad, ItemType.STORY, "Track an application's status", 3, epic.id(), project);
		ItemView audit = item(admin, squad, ItemType.TASK, "Accessibility audit of the forms", 2, epic.id(), project);
		ItemView renew = item(admin, squad, ItemType.STORY, "Renew a permit before it expires", 5, epic.id(), project);
		item(admin, squad, ItemType.STORY, "Permits for businesses", 8, epic.id(), project);
		List<ItemView> sprintItems = List.of(apply, pay, track, audit, renew);
		for (ItemView i : sprintItems) {
			this.log.dateLatest(i.id(), at(start.minusDays(3), 10));
		}
		SprintService.SprintView sprint = this.sprints.plan(admin, squad, "Permits sprint 3",
				"A citizen applies for, pays and tracks a parking permit online", start, today.plusDays(5));
		for (Long person : java.util.Arrays.asList(sara, lucas)) {
			if (person != null) {
				sprint = this.sprints.makeAvailable(admin, sprint.id(), sprint.version(), person,
						BigDecimal.valueOf(person.equals(sara) ? 9 : 4));
			}
		}
		for (ItemView i : sprintItems) {
			this.backlog.plan(admin, i.id(), current(admin, i).version(), sprint.id());
			this.log.dateLatest(i.id(), at(start.minusDays(1), 15));
		}
		assign(admin, apply, sara);
		assign(admin, pay, sara);
		assign(admin, renew, sara);
		assign(admin, track, lucas);
		assign(admin, audit, lucas);
		sprint = this.sprints.get(admin, sprint.id());
		this.sprints.start(admin, sprint.id(), sprint.version());
		List<BoardService.ColumnView> columns = this.boards.columns(admin, squad);
		BoardService.ColumnView inProgress = columns.get(1);
		BoardService.ColumnView done = columns.get(columns.size() - 1);
		moveOn(admin, apply, inProgress, at(start, 11));
		moveOn(admin, apply, done, at(start.plusDays(3), 16));
		moveOn(admin, track, inProgress, at(start.plusDays(2), 9));
		moveOn(admin, track, done, at(start.plusDays(6), 14));
		moveOn(admin, pay, inProgress, at(start.plusDays(4), 10));
	}

	private void assign(Actor admin, ItemView item, Long person) {
		if (person != null) {
			ItemView now = current(admin, item);
			this.backlog.edit(admin, item.id(), now.version(), now.toDraft().assignedTo(person));
		}
	}

	/** Moves the card as the squad did on a past day (its log line dated that day). */
	private void moveOn(Actor admin, ItemView item, BoardService.ColumnView column, java.time.Instant when) {
		this.backlog.move(admin, item.id(), current(admin, item).version(), column.id());
		this.log.dateLatest(item.id(), when);
	}

	private static java.time.Instant at(LocalDate day, int hour) {
		return day.atTime(hour, 0).atZone(ChartService.ZONE).toInstant();
	}

	private Long personId(String username) {
		return this.people.findByUsername(username).map(PersonSummary::id).orElse(null);
	}

	private ItemView item(Actor admin, long squad, ItemType type, String title, Integer points, Long parent,
			long project) {
		String milestone = (type == ItemType.EPIC) ? null : milestoneOf(title);
		return this.backlog.create(admin, squad,
				new ItemDraft(type, title, null,
						(type == ItemType.STORY) ? "Given a citizen with an account, when they " + title.toLowerCase()
								+ ", then it works." : null,
						points, parent, project, milestone, null, null, Set.of("demo")));
	}

	private static String milestoneOf(String title) {
		return title.contains("wallet") || title.contains("certificate") || title.contains("PDF")
				|| title.contains("Wallet") || title.contains("Code e-mail") ? "EID-PILOT" : null;
	}

	private ItemView current(Actor admin, ItemView item) {
		return this.backlog.get(admin, item.id());
	}

}

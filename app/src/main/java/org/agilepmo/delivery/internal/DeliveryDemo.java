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
 * {@code EID-PILOT}), and squad Alpha's backlog for the citizen services portal.
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

	DeliveryDemo(BacklogService backlog, SprintService sprints, BoardService boards,
			OrganisationManagement organisation, ProjectCatalogue projects, People people) {
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
		ItemView epic = item(admin, squad, ItemType.EPIC, "Online permits", null, null, project);
		item(admin, squad, ItemType.STORY, "Apply for a parking permit online", 8, epic.id(), project);
		item(admin, squad, ItemType.STORY, "Pay a permit with the payment gateway", 5, epic.id(), project);
		item(admin, squad, ItemType.STORY, "Track an application's status", 3, epic.id(), project);
		item(admin, squad, ItemType.TASK, "Accessibility audit of the forms", 2, epic.id(), project);
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

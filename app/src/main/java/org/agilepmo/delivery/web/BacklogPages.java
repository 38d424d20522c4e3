package org.agilepmo.delivery.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import org.agilepmo.delivery.internal.BacklogService;
import org.agilepmo.delivery.internal.BoardMode;
import org.agilepmo.delivery.internal.BoardService;
import org.agilepmo.delivery.internal.Category;
import org.agilepmo.delivery.internal.DeliveryAccess;
import org.agilepmo.delivery.internal.ItemDraft;
import org.agilepmo.delivery.internal.ItemType;
import org.agilepmo.delivery.internal.ItemView;
import org.agilepmo.delivery.internal.ReleaseService;
import org.agilepmo.delivery.internal.SprintService;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.identity.People;
import org.agilepmo.web.Pages;
import org.agilepmo.delivery.internal.BacklogRanking;
import org.agilepmo.delivery.internal.BacklogImport;
import org.agilepmo.delivery.internal.DeliveryProgress;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The delivery pages around the backlog: the squads, a tribe's epics, a squad's backlog
 * (ordered by drag and drop or with the move up and down buttons), one item, the squad's
 * way of working and board columns, and its releases.
 */
@Controller
class BacklogPages {

	private final BacklogService backlog;

	private final BoardService boards;

	private final SprintService sprints;

	private final ReleaseService releases;

	private final DeliveryAccess access;

	private final OrganisationDirectory organisation;

	private final Pages pages;

	private final BacklogRanking ranking;

	private final BacklogImport imports;

	private final DeliveryProgress progress;

	private final People people;

	BacklogPages(BacklogService backlog, BoardService boards, SprintService sprints, ReleaseService releases,
			DeliveryAccess access, OrganisationDirectory organisation, Pages pages, BacklogRanking ranking,
			BacklogImport imports, DeliveryProgress progress, People people) {
		this.people = people;
		this.progress = progress;
		this.imports = imports;
		this.ranking = ranking;
		this.backlog = backlog;
		this.boards = boards;
		this.sprints = sprints;
		this.releases = releases;
		this.access = access;
		this.organisation = organisation;
		this.pages = pages;
	}

	/** The tribes and squads the person may open; no link that would answer 403. */
	@GetMapping("/delivery")
	String squads(Model model) {
		Actor actor = CurrentActor.require();
		Map<OrgUnitSummary, List<OrgUnitSummary>> byTribe = new LinkedHashMap<>();
		List<Long> openTribes = new ArrayList<>();
		for (OrgUnitSummary tribe : this.organisation.ofType(UnitType.TRIBE)) {
			List<OrgUnitSummary> squads = this.access.squadsOf(tribe.id())
				.stream()
				.filter(s -> this.access.maySeeSquad(actor, s))
				.toList();
			boolean tribeOpen = this.access.maySeeTribe(actor, tribe);
			if (tribeOpen || !squads.isEmpty()) {
				byTribe.put(tribe, new ArrayList<>(squads));
			}
			if (tribeOpen) {
				openTribes.add(tribe.id());
			}
		}
		List<Long> mine = this.organisation.unitsOf(actor.id()).stream().map(OrgUnitSummary::id).toList();
		model.addAttribute("openTribes", openTribes);
		model.addAttribute("tribes", byTribe);
		model.addAttribute("mine", mine);
		return "delivery/squads";
	}

	@GetMapping("/delivery/tribes/{tribeId}")
	String tribe(@PathVariable long tribeId, Model model) {
		model.addAttribute("tribe", this.access.tribe(tribeId));
		model.addAttribute("epics", this.progress.epicsOfTribe(CurrentActor.require(), tribeId));
		return "delivery/tribe";
	}

	@GetMapping("/delivery/squads/{squadId}/backlog")
	String backlog(@PathVariable long squadId, @RequestParam(defaultValue = "false") boolean mine, Model model) {
		Actor actor = CurrentActor.require();
		if (!model.containsAttribute("itemForm")) {
			model.addAttribute("itemForm", new NewItemForm());
		}
		List<ItemView> items = this.backlog.backlog(actor, squadId);
		squadModel(actor, squadId, model);
		model.addAttribute("mine", mine);
		model.addAttribute("items",
				mine ? items.stream().filter(i -> Long.valueOf(actor.id()).equals(i.assigneeId())).toList() : items);
		model.addAttribute("types", ItemType.values());
		Map<Long, String> sprintNames = new LinkedHashMap<>();
		this.sprints.ofSquad(actor, squadId).forEach(s -> sprintNames.put(s.id(), s.name()));
		model.addAttribute("sprintNames", sprintNames);
		model.addAttribute("parents", items.stream().filter(i -> i.type() != ItemType.TASK).toList());
		return "delivery/backlog";
	}

	@PostMapping("/delivery/squads/{squadId}/items")
	String create(@PathVariable long squadId, @Valid @ModelAttribute("itemForm") NewItemForm form,
			BindingResult binding, Model model, RedirectAttributes flash) {
		return this.pages.submit(binding, model, () -> {
			this.backlog.create(CurrentActor.require(), squadId, new ItemDraft(form.getType(), form.getTitle(), null,
					null, form.getStoryPoints(), form.getParentId(), null, null, null, null, labels(form.getLabels())));
			this.pages.saved(flash, "delivery.saved");
			return "redirect:/delivery/squads/" + squadId + "/backlog";
		}, () -> {
			return backlog(squadId, false, model);
		});
	}

	@PostMapping("/delivery/items/{id}/step")
	String step(@PathVariable long id, @RequestParam long version, @RequestParam int direction,
			RedirectAttributes flash) {
		long squadId = this.backlog.get(CurrentActor.require(), id).squadId();
		flash.addFlashAttribute("focus", "item-" + id + (direction < 0 ? "-up" : "-down"));
		return this.pages.act(flash, "/delivery/squads/" + squadId + "/backlog", "delivery.saved",
				() -> this.ranking.step(CurrentActor.require(), id, version, direction));
	}

	/** Drag and drop in the backlog: answered with a status only, the script reloads. */
	@PostMapping("/delivery/items/{id}/rank")
	ResponseEntity<Void> rank(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) Long afterId) {
		this.ranking.reorder(CurrentActor.require(), id, version, afterId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/delivery/squads/{squadId}/import")
	String importCsv(@PathVariable long squadId, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes flash) throws IOException {
		Actor actor = CurrentActor.require();
		this.access.editableSquad(actor, squadId);
		InputStream csv = (file == null) ? InputStream.nullInputStream() : file.getInputStream();
		String name = (file == null || file.getOriginalFilename() == null) ? "CSV" : file.getOriginalFilename();
		return this.pages.act(flash, "/delivery/squads/" + squadId + "/backlog", "delivery.saved",
				() -> this.imports.importCsv(actor, squadId, name, csv));
	}

	@GetMapping("/delivery/items/{id}")
	String item(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		ItemView item = this.backlog.get(actor, id);
		model.addAttribute("squad", this.boards.settingsSeenThrough(actor, item));
		model.addAttribute("item", item);
		model.addAttribute("types", ItemType.values());
		boolean squadVisible = this.access.maySeeSquad(actor, this.access.squad(item.squadId()));
		List<ItemView> parents = squadVisible ? this.backlog.backlog(actor, item.squadId()) : List.of();
		model.addAttribute("parents", parents.stream().filter(i -> i.type() != ItemType.TASK && i.id() != id).toList());
		model.addAttribute("releases", squadVisible ? this.releases.ofSquad(actor, item.squadId()) : List.of());
		model.addAttribute("people", item.editable() ? this.people.listEnabled() : List.of());
		model.addAttribute("projects", this.access.projectsVisibleTo(actor));
		return "delivery/item";
	}

	@PostMapping("/delivery/items/{id}")
	String edit(@PathVariable long id, @RequestParam long version, @RequestParam ItemType type,
			@RequestParam String title, @RequestParam(required = false) String description,
			@RequestParam(required = false) String acceptanceCriteria,
			@RequestParam(required = false) Integer storyPoints, @RequestParam(required = false) Long parentId,
			@RequestParam(required = false) Long projectId, @RequestParam(required = false) String milestoneRef,
			@RequestParam(required = false) Long releaseId, @RequestParam(required = false) String labels,
			@RequestParam(required = false) String assignee, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/delivery/items/" + id, "delivery.saved",
				() -> this.backlog.edit(actor, id, version,
						current -> new ItemDraft(type, title, description, acceptanceCriteria, storyPoints, parentId,
								projectId, milestoneRef, current.externalKey(), releaseId, labels(labels),
								personNamed(assignee))));
	}

	/**
	 * The person the assignee field names (the picker fills in the username; a display
	 * name typed in full is understood too); nobody when it is blank.
	 */
	private Long personNamed(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String wanted = text.strip();
		return this.people.findByUsername(wanted)
			.or(() -> this.people.listEnabled()
				.stream()
				.filter(p -> p.displayName().equalsIgnoreCase(wanted))
				.findFirst())
			.map(PersonSummary::id)
			.orElseThrow(() -> new RuleViolationException("assigneeId", "delivery.error.unknownAssignee",
					"there is no person " + wanted));
	}

	@PostMapping("/delivery/items/{id}/checks/{index}")
	String check(@PathVariable long id, @PathVariable int index, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean checked, RedirectAttributes flash) {
		return this.pages.act(flash, "/delivery/items/" + id, "delivery.saved",
				() -> this.backlog.tick(CurrentActor.require(), id, version, index, checked));
	}

	@PostMapping("/delivery/items/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		long squadId = this.backlog.get(CurrentActor.require(), id).squadId();
		return this.pages.act(flash, "/delivery/squads/" + squadId + "/backlog", "delivery.saved",
				() -> this.backlog.delete(CurrentActor.require(), id, version));
	}

	@GetMapping("/delivery/squads/{squadId}/settings")
	String settings(@PathVariable long squadId, Model model) {
		Actor actor = CurrentActor.require();
		squadModel(actor, squadId, model);
		model.addAttribute("columns", this.boards.columns(actor, squadId));
		model.addAttribute("modes", BoardMode.values());
		model.addAttribute("categories", Category.values());
		return "delivery/settings";
	}

	@PostMapping("/delivery/squads/{squadId}/settings")
	String changeSettings(@PathVariable long squadId, @RequestParam long version, @RequestParam BoardMode mode,
			@RequestParam(required = false) String definitionOfReady,
			@RequestParam(required = false) String definitionOfDone,
			@RequestParam(defaultValue = "3") int velocityWindow, RedirectAttributes flash) {
		return this.pages.act(flash, "/delivery/squads/" + squadId + "/settings", "delivery.saved",
				() -> this.boards.changeSettings(CurrentActor.require(), squadId, version, mode,
						lines(definitionOfReady), lines(definitionOfDone), velocityWindow));
	}

	@PostMapping("/delivery/squads/{squadId}/columns")
	String addColumn(@PathVariable long squadId, @RequestParam String name, @RequestParam Category category,
			@RequestParam(required = false) Integer wipLimit, RedirectAttributes flash) {
		return this.pages.act(flash, "/delivery/squads/" + squadId + "/settings", "delivery.saved",
				() -> this.boards.addColumn(CurrentActor.require(), squadId, name, category, wipLimit));
	}

	@PostMapping("/delivery/columns/{id}")
	String changeColumn(@PathVariable long id, @RequestParam long version, @RequestParam String name,
			@RequestParam Category category, @RequestParam(required = false) Integer wipLimit,
			@RequestParam(required = false) Integer position, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		long squadId = this.boards.column(actor, id).squadId();
		return this.pages.act(flash, "/delivery/squads/" + squadId + "/settings", "delivery.saved",
				() -> this.boards.changeColumn(actor, id, version, name, category, wipLimit, position));
	}

	@GetMapping("/delivery/squads/{squadId}/releases")
	String releases(@PathVariable long squadId, Model model) {
		Actor actor = CurrentActor.require();
		squadModel(actor, squadId, model);
		model.addAttribute("releases", this.releases.ofSquad(actor, squadId));
		return "delivery/releases";
	}

	@PostMapping("/delivery/squads/{squadId}/releases")
	String createRelease(@PathVariable long squadId, @RequestParam String name,
			@RequestParam(required = false) String description,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate targetDate,
			RedirectAttributes flash) {
		return this.pages.act(flash, "/delivery/squads/" + squadId + "/releases", "delivery.saved",
				() -> this.releases.create(CurrentActor.require(), squadId, name, description, targetDate));
	}

	/**
	 * What every squad page shows at its top: the squad, its way of working, its tabs.
	 */
	void squadModel(Actor actor, long squadId, Model model) {
		model.addAttribute("squad", this.boards.settings(actor, squadId));
	}

	static Set<String> labels(String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		return Set.copyOf(Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
	}

	static List<String> lines(String text) {
		return (text == null) ? List.of() : Arrays.stream(text.split("\\R")).toList();
	}

}

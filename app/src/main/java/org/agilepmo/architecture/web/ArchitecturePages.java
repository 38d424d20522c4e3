package org.agilepmo.architecture.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agilepmo.architecture.internal.Application;
import org.agilepmo.architecture.internal.ApplicationDraft;
import org.agilepmo.architecture.internal.ApplicationKind;
import org.agilepmo.architecture.internal.ApplicationService;
import org.agilepmo.architecture.internal.ArchitectureAccess;
import org.agilepmo.architecture.internal.ArchitectureReview;
import org.agilepmo.architecture.internal.CatalogueEntry;
import org.agilepmo.architecture.internal.CatalogueService;
import org.agilepmo.architecture.internal.EntryDraft;
import org.agilepmo.architecture.internal.EntryKind;
import org.agilepmo.architecture.internal.Hosting;
import org.agilepmo.architecture.internal.Lifecycle;
import org.agilepmo.architecture.internal.Quadrant;
import org.agilepmo.architecture.internal.ReviewCondition;
import org.agilepmo.architecture.internal.ReviewDecision;
import org.agilepmo.architecture.internal.ReviewKind;
import org.agilepmo.architecture.internal.ReviewService;
import org.agilepmo.architecture.internal.Ring;
import org.agilepmo.architecture.internal.TechnologyUseService;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The architecture pages: the application portfolio with its dependency graph and
 * ArchiMate import, an application, the technology radar with the catalogue behind it,
 * the board's reviews, a review with its checklist, decision and conditions, and a
 * project's architecture (its reviews, the technologies it uses and their waivers).
 */
@Controller
class ArchitecturePages {

	private final CatalogueService catalogue;

	private final ApplicationService applications;

	private final ReviewService reviews;

	private final TechnologyUseService uses;

	private final ArchitectureAccess access;

	private final Pages pages;

	ArchitecturePages(CatalogueService catalogue, ApplicationService applications, ReviewService reviews,
			TechnologyUseService uses, ArchitectureAccess access, Pages pages) {
		this.catalogue = catalogue;
		this.applications = applications;
		this.reviews = reviews;
		this.uses = uses;
		this.access = access;
		this.pages = pages;
	}

	// ---- the application portfolio

	@GetMapping("/architecture")
	String home() {
		return "redirect:/architecture/applications";
	}

	@GetMapping("/architecture/applications")
	String applications(Model model) {
		Actor actor = CurrentActor.require();
		ApplicationService.Graph graph = this.applications.graph(actor);
		model.addAttribute("apps", graph.nodes());
		model.addAttribute("edges", graph.edges());
		Map<Long, Application> byId = new HashMap<>();
		graph.nodes().forEach(a -> byId.put(a.id(), a));
		model.addAttribute("byId", byId);
		Map<Long, ApplicationService.Health> health = new HashMap<>();
		graph.nodes().forEach(a -> health.put(a.id(), this.applications.health(a)));
		model.addAttribute("health", health);
		model.addAttribute("isBoard", this.access.isBoard(actor));
		model.addAttribute("kinds", ApplicationKind.values());
		model.addAttribute("hostings", Hosting.values());
		model.addAttribute("lifecycles", Lifecycle.values());
		model.addAttribute("classifications", visibleClassifications(actor));
		model.addAttribute("people", this.access.enabledPeople());
		return "architecture/applications";
	}

	private static List<Classification> visibleClassifications(Actor actor) {
		return java.util.Arrays.stream(Classification.values()).filter(actor::clears).toList();
	}

	@PostMapping("/architecture/applications")
	String create(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
			@RequestParam(required = false) ApplicationKind kind, @RequestParam(required = false) Long ownerId,
			@RequestParam(required = false) String capability, @RequestParam(required = false) Hosting hosting,
			@RequestParam(required = false) Classification classification,
			@RequestParam(required = false) String debtRating, @RequestParam(required = false) Lifecycle lifecycle,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		long[] created = new long[1];
		String back = this.pages.act(flash, "/architecture/applications", "architecture.saved.application",
				() -> created[0] = this.applications
					.create(actor,
							new ApplicationDraft(code, name, kind, ownerId, capability, hosting, classification,
									debtRating, null, Set.of(), Set.of()),
							lifecycle, null)
					.id());
		return created[0] == 0 ? back : "redirect:/architecture/applications/" + created[0];
	}

	@PostMapping("/architecture/applications/import")
	String importModel(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "PUBLIC") Classification classification,
			@RequestParam(defaultValue = "ON_PREMISES") Hosting hosting, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		ApplicationService.ImportResult[] result = new ApplicationService.ImportResult[1];
		String back = this.pages.act(flash, "/architecture/applications", null,
				() -> result[0] = this.applications.importModel(actor, file, classification, hosting, Lifecycle.RUN));
		if (result[0] != null) {
			this.pages.saved(flash, "architecture.saved.imported", result[0].created(), result[0].updated(),
					result[0].dependencies());
		}
		return back;
	}

	@GetMapping("/architecture/applications/{id}")
	String application(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		Application app = this.applications.get(actor, id);
		model.addAttribute("app", app);
		model.addAttribute("steps", this.applications.steps(actor, id));
		model.addAttribute("health", this.applications.health(app));
		model.addAttribute("dependencies", this.applications.dependenciesOf(actor, id));
		Map<Long, Application> byId = this.applications.byId(actor);
		model.addAttribute("byId", byId);
		model.addAttribute("others",
				byId.values()
					.stream()
					.filter(a -> !a.id().equals(app.id()))
					.sorted(java.util.Comparator.comparing(Application::name))
					.toList());
		Map<Long, CatalogueEntry> entries = new HashMap<>();
		this.catalogue.list().forEach(e -> entries.put(e.id(), e));
		model.addAttribute("entries", entries);
		List<ProjectSummary> projects = new ArrayList<>();
		for (Long p : app.projects()) {
			this.access.project(actor, p).ifPresent(projects::add);
		}
		model.addAttribute("projects", projects);
		model.addAttribute("mayEdit", this.access.mayEdit(actor, app));
		model.addAttribute("nextStages", app.lifecycle().next());
		model.addAttribute("ownerName", this.access.nameOf(app.ownerId()));
		model.addAttribute("catalogue", this.catalogue.list());
		model.addAttribute("visibleProjects", this.access.visibleProjects(actor));
		return "architecture/application";
	}

	@PostMapping("/architecture/applications/{id}/lifecycle")
	String move(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Lifecycle lifecycle,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/architecture/applications/" + id, "architecture.saved.lifecycle",
				() -> this.applications.move(actor, id, version, lifecycle, effectiveOn));
	}

	@PostMapping("/architecture/applications/{id}/dependencies")
	String depend(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Long toId,
			@RequestParam(required = false) String kind, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/architecture/applications/" + id, "architecture.saved.dependency", () -> {
			if (toId == null) {
				throw new org.agilepmo.shared.RuleViolationException("toId", "architecture.error.required",
						"is required");
			}
			this.applications.depend(actor, id, version, toId, kind);
		});
	}

	@PostMapping("/architecture/applications/{id}/links")
	String links(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) List<Long> technologies,
			@RequestParam(required = false) List<Long> projects, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		Set<Long> tech = technologies == null ? Set.of() : new LinkedHashSet<>(technologies);
		Set<Long> proj = projects == null ? Set.of() : new LinkedHashSet<>(projects);
		Change<ApplicationDraft> change = c -> new ApplicationDraft(c.code(), c.name(), c.kind(), c.ownerId(),
				c.capability(), c.hosting(), c.classification(), c.debtRating(), c.description(), tech, proj);
		return this.pages.act(flash, "/architecture/applications/" + id, "architecture.saved.application",
				() -> this.applications.edit(actor, id, version, change));
	}

	// ---- the radar

	@GetMapping("/architecture/radar")
	String radar(Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("entries", this.catalogue.list());
		model.addAttribute("isBoard", this.access.isBoard(actor));
		model.addAttribute("rings", Ring.values());
		model.addAttribute("quadrants", Quadrant.values());
		model.addAttribute("entryKinds", EntryKind.values());
		model.addAttribute("people", this.access.enabledPeople());
		Map<Long, String> owners = new HashMap<>();
		this.catalogue.list().forEach(e -> owners.put(e.id(), this.access.nameOf(e.ownerId())));
		model.addAttribute("owners", owners);
		return "architecture/radar";
	}

	@PostMapping("/architecture/catalogue")
	String addEntry(@RequestParam(required = false) String name, @RequestParam(required = false) EntryKind kind,
			@RequestParam(required = false) Ring ring, @RequestParam(required = false) Quadrant quadrant,
			@RequestParam(required = false) Long ownerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate supportEndsOn,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/architecture/radar", "architecture.saved.entry", () -> this.catalogue
			.create(actor, new EntryDraft(name, kind, ring, quadrant, ownerId, reviewOn, supportEndsOn, null)));
	}

	@PostMapping("/architecture/catalogue/{id}/ring")
	String ring(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Ring ring,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		Change<EntryDraft> change = c -> new EntryDraft(c.name(), c.kind(), ring, c.quadrant(), c.ownerId(),
				c.reviewOn(), c.supportEndsOn(), c.description());
		return this.pages.act(flash, "/architecture/radar#entry-" + id, "architecture.saved.entry",
				() -> this.catalogue.edit(actor, id, version, change));
	}

	// ---- reviews

	@GetMapping("/architecture/reviews")
	String reviews(Model model) {
		Actor actor = CurrentActor.require();
		List<ArchitectureReview> visible = this.reviews.visible(actor);
		model.addAttribute("reviews", visible);
		model.addAttribute("subjects", subjects(actor, visible));
		return "architecture/reviews";
	}

	private Map<Long, String> subjects(Actor actor, List<ArchitectureReview> list) {
		Map<Long, String> names = new HashMap<>();
		for (ArchitectureReview r : list) {
			if (r.projectId() != null) {
				this.access.project(actor, r.projectId())
					.ifPresent(p -> names.put(r.id(), p.code() + " · " + p.name()));
			}
			else {
				names.put(r.id(), "CN " + r.conceptNoteId());
			}
		}
		return names;
	}

	@GetMapping("/architecture/reviews/{id}")
	String review(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		ArchitectureReview review = this.reviews.get(actor, id);
		model.addAttribute("review", review);
		model.addAttribute("subject", subjects(actor, List.of(review)).get(review.id()));
		List<ReviewCondition> conditions = this.reviews.conditionsOf(actor, id);
		model.addAttribute("conditions", conditions);
		Set<Long> overdue = new java.util.HashSet<>();
		conditions.stream().filter(this.reviews::isOverdue).forEach(c -> overdue.add(c.id()));
		model.addAttribute("overdue", overdue);
		Map<Long, CatalogueEntry> entries = new HashMap<>();
		this.catalogue.list().forEach(e -> entries.put(e.id(), e));
		model.addAttribute("entries", entries);
		Map<Long, String> names = new HashMap<>();
		review.reviewers().forEach(p -> names.put(p, this.access.nameOf(p)));
		conditions.forEach(c -> names.put(c.ownerId(), this.access.nameOf(c.ownerId())));
		names.put(review.requestedBy(), this.access.nameOf(review.requestedBy()));
		if (review.decidedBy() != null) {
			names.put(review.decidedBy(), this.access.nameOf(review.decidedBy()));
		}
		model.addAttribute("names", names);
		model.addAttribute("mayDecide", this.reviews.mayDecide(actor, review));
		model.addAttribute("decisions", ReviewDecision.values());
		model.addAttribute("me", actor.id());
		model.addAttribute("isBoard", this.access.isBoard(actor));
		model.addAttribute("mayKeep",
				review.projectId() != null && this.access.mayEditProject(actor, review.projectId()));
		List<PersonSummary> owners = new ArrayList<>();
		for (PersonSummary p : this.access.enabledPeople()) {
			Actor as = this.access.actorOf(p.id()).orElse(null);
			if (as != null && this.access.subject(as, review).isPresent()) {
				owners.add(p);
			}
		}
		model.addAttribute("owners", owners);
		return "architecture/review";
	}

	@PostMapping("/architecture/reviews/{id}/decision")
	String decide(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) ReviewDecision decision, @RequestParam(required = false) String note,
			@RequestParam(required = false) List<String> conditionText,
			@RequestParam(required = false) List<Long> conditionOwner,
			@RequestParam(required = false) List<String> conditionDue, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		List<ReviewService.ConditionDraft> drafts = new ArrayList<>();
		int n = conditionText == null ? 0 : conditionText.size();
		for (int i = 0; i < n; i++) {
			String text = conditionText.get(i);
			if (text == null || text.isBlank()) {
				continue;
			}
			Long owner = conditionOwner != null && i < conditionOwner.size() ? conditionOwner.get(i) : null;
			String due = conditionDue != null && i < conditionDue.size() ? conditionDue.get(i) : null;
			drafts.add(new ReviewService.ConditionDraft(text, owner,
					due == null || due.isBlank() ? null : LocalDate.parse(due)));
		}
		return this.pages.act(flash, "/architecture/reviews/" + id, "architecture.saved.decision",
				() -> this.reviews.decide(actor, id, version, decision, note, drafts));
	}

	@PostMapping("/review-conditions/{id}/done")
	String conditionDone(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		ReviewCondition c = this.reviews.condition(actor, id);
		return this.pages.act(flash, "/architecture/reviews/" + c.reviewId(), "architecture.saved.conditionDone",
				() -> this.reviews.conditionDone(actor, id, version));
	}

	// ---- a project's architecture

	@GetMapping("/projects/{id}/architecture")
	String project(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		ProjectSummary project = this.access.requireProject(actor, id);
		model.addAttribute("project", project);
		model.addAttribute("reviews", this.reviews.ofProject(actor, id));
		model.addAttribute("uses", this.uses.views(actor, id));
		model.addAttribute("mayEdit", this.access.mayEditProject(actor, id));
		model.addAttribute("isBoard", this.access.isBoard(actor));
		model.addAttribute("kinds", ReviewKind.values());
		model.addAttribute("catalogue", this.catalogue.list());
		model.addAttribute("board", this.access.boardMembers());
		model.addAttribute("changes", this.applications.changedBy(actor, id));
		return "architecture/project";
	}

	@PostMapping("/projects/{id}/architecture/reviews")
	String requestReview(@PathVariable long id, @RequestParam(required = false) ReviewKind kind,
			@RequestParam(required = false) String title, @RequestParam(required = false) String summary,
			@RequestParam(required = false) List<Long> standards, @RequestParam(required = false) List<Long> reviewers,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		long[] created = new long[1];
		String back = this.pages.act(flash, "/projects/" + id + "/architecture", "architecture.saved.requested",
				() -> created[0] = this.reviews
					.requestForProject(actor, id,
							new ReviewService.ReviewRequest(kind, title, summary,
									standards == null ? Set.of() : new LinkedHashSet<>(standards),
									reviewers == null ? Set.of() : new LinkedHashSet<>(reviewers)))
					.id());
		return created[0] == 0 ? back : "redirect:/architecture/reviews/" + created[0];
	}

	@PostMapping("/projects/{id}/architecture/technologies")
	String declare(@PathVariable long id, @RequestParam(required = false) Long entryId,
			@RequestParam(required = false) String name, @RequestParam(required = false) String waiverReason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate waiverExpiresOn,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/projects/" + id + "/architecture", "architecture.saved.technology",
				() -> this.uses.declare(actor, id, entryId, name, waiverReason, waiverExpiresOn));
	}

	@PostMapping("/technology-uses/{id}/waiver")
	String waive(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		long projectId = this.uses.get(actor, id).projectId();
		return this.pages.act(flash, "/projects/" + projectId + "/architecture", "architecture.saved.waiver",
				() -> this.uses.renewWaiver(actor, id, version, reason, expiresOn));
	}

}

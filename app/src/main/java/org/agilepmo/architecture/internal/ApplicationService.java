package org.agilepmo.architecture.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.Versioned;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application portfolio: applications and shared components (each seen only by those
 * its classification allows), their lifecycle moved one allowed step at a time with the
 * day it took effect, their dependencies drawn as a graph of what the reader may see,
 * their health, and the import of an ArchiMate model's application components and
 * relations.
 */
@Service
public class ApplicationService {

	static final String ENTITY = "application";

	/**
	 * Support that ends within this many days is a warning on the applications using it.
	 */
	static final int SUPPORT_WARNING_DAYS = 180;

	private final Applications applications;

	private final LifecycleSteps steps;

	private final ApplicationDependencies dependencies;

	private final CatalogueEntries catalogue;

	private final ArchitectureAccess access;

	private final AuditTrail audit;

	private final ArchitectureClock clock;

	ApplicationService(Applications applications, LifecycleSteps steps, ApplicationDependencies dependencies,
			CatalogueEntries catalogue, ArchitectureAccess access, AuditTrail audit, ArchitectureClock clock) {
		this.applications = applications;
		this.steps = steps;
		this.dependencies = dependencies;
		this.catalogue = catalogue;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- reading

	@Transactional(readOnly = true)
	public List<Application> visible(Actor actor) {
		return this.applications.findAllByOrderByNameAsc().stream().filter(a -> this.access.sees(actor, a)).toList();
	}

	@Transactional(readOnly = true)
	public Application get(Actor actor, long id) {
		return this.applications.findById(id)
			.filter(a -> this.access.sees(actor, a))
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	@Transactional(readOnly = true)
	public List<LifecycleStep> steps(Actor actor, long id) {
		get(actor, id);
		return this.steps.findByApplicationIdOrderByEffectiveOnAscIdAsc(id);
	}

	/**
	 * The application's dependencies both ways, only those on applications the reader
	 * sees.
	 */
	@Transactional(readOnly = true)
	public List<Dependency> dependenciesOf(Actor actor, long id) {
		get(actor, id);
		Set<Long> seen = visibleIds(actor);
		return this.dependencies.findByFromIdOrToIdOrderByIdAsc(id, id)
			.stream()
			.filter(d -> seen.contains(d.fromId()) && seen.contains(d.toId()))
			.toList();
	}

	/**
	 * The graph of the applications the reader sees and the dependencies between them.
	 */
	@Transactional(readOnly = true)
	public Graph graph(Actor actor) {
		List<Application> nodes = visible(actor);
		Set<Long> seen = visibleIds(nodes);
		List<Dependency> edges = this.dependencies.findAll()
			.stream()
			.filter(d -> seen.contains(d.fromId()) && seen.contains(d.toId()))
			.toList();
		return new Graph(nodes, edges);
	}

	/** What the reader sees of the portfolio, and the dependencies between those. */
	public record Graph(List<Application> nodes, List<Dependency> edges) {
	}

	/**
	 * The application's health: its debt rating and the technologies whose support has
	 * ended or ends within {@value #SUPPORT_WARNING_DAYS} days.
	 */
	@Transactional(readOnly = true)
	public Health health(Application app) {
		LocalDate today = this.clock.today();
		List<CatalogueEntry> ending = this.catalogue.findAllById(app.technologies())
			.stream()
			.filter(e -> e.supportEndsWithin(today, SUPPORT_WARNING_DAYS))
			.toList();
		return new Health(app.debtRating(), app.highDebt(), ending);
	}

	/**
	 * An application's health: debt, and technologies near or past the end of support.
	 */
	public record Health(String debtRating, boolean highDebt, List<CatalogueEntry> supportEnding) {

		public boolean warning() {
			return this.highDebt || !this.supportEnding.isEmpty();
		}

	}

	private Set<Long> visibleIds(Actor actor) {
		return visibleIds(visible(actor));
	}

	private static Set<Long> visibleIds(List<Application> apps) {
		Set<Long> ids = new java.util.HashSet<>();
		apps.forEach(a -> ids.add(a.id()));
		return ids;
	}

	// ---- writing

	@Transactional
	public Application create(Actor actor, ApplicationDraft draft, Lifecycle lifecycle, LocalDate since) {
		this.access.requireBoard(actor);
		Application app = new Application(draft, lifecycle);
		checkReferences(actor, app);
		uniqueCode(app.code(), null);
		app = this.applications.saveAndFlush(app);
		LocalDate on = since == null ? this.clock.today() : since;
		this.steps.save(new LifecycleStep(app.id(), app.lifecycle(), on, actor.id(), this.clock.now()));
		this.audit.record(AuditRecord.created(ENTITY, app.id(), app.classification(), app.state()));
		return app;
	}

	@Transactional
	public Application edit(Actor actor, long id, long expectedVersion, Change<ApplicationDraft> change) {
		Application app = editable(actor, id);
		Versioned.check(ENTITY, id, expectedVersion, app.version());
		var before = app.state();
		ApplicationDraft next = change.applyTo(app.draft());
		if (next.code() != null) {
			uniqueCode(next.code().strip(), id);
		}
		if (next.classification() != null && !actor.clears(next.classification())) {
			throw new RuleViolationException("classification", "architecture.error.classificationAbove",
					"is above your own screening");
		}
		app.apply(next);
		checkReferences(actor, app);
		app = this.applications.saveAndFlush(app);
		this.audit.record(AuditRecord.updated(ENTITY, id, app.classification(), before, app.state()));
		return app;
	}

	/**
	 * Moves the application one allowed step along its lifecycle, effective on the day
	 * given.
	 */
	@Transactional
	public Application move(Actor actor, long id, long expectedVersion, Lifecycle target, LocalDate effectiveOn) {
		Application app = editable(actor, id);
		Versioned.check(ENTITY, id, expectedVersion, app.version());
		LocalDate on = effectiveOn == null ? this.clock.today() : effectiveOn;
		List<LifecycleStep> history = this.steps.findByApplicationIdOrderByEffectiveOnAscIdAsc(id);
		Application.notBefore(history.isEmpty() ? null : history.get(history.size() - 1).effectiveOn(), on);
		var before = app.state();
		app.moveTo(target);
		app = this.applications.saveAndFlush(app);
		this.steps.save(new LifecycleStep(id, target, on, actor.id(), this.clock.now()));
		this.audit.record(new AuditRecord(ENTITY + ".lifecycle", ENTITY, String.valueOf(id), app.classification(), null,
				before, app.state()));
		return app;
	}

	/** Records that one application depends on another (both seen by the person). */
	@Transactional
	public Dependency depend(Actor actor, long fromId, long expectedVersion, long toId, String kind) {
		Application from = editable(actor, fromId);
		Versioned.check(ENTITY, fromId, expectedVersion, from.version());
		Application to = this.applications.findById(toId)
			.filter(a -> this.access.sees(actor, a))
			.orElseThrow(() -> new RuleViolationException("toId", "architecture.error.unknownApplication",
					"there is no such application"));
		if (to.id().equals(from.id())) {
			throw new RuleViolationException("toId", "architecture.error.selfDependency",
					"an application does not depend on itself");
		}
		String k = Texts.optional("kind", kind, 30);
		k = k == null ? "Serving" : k;
		if (this.dependencies.existsByFromIdAndToIdAndKind(fromId, toId, k)) {
			throw new RuleViolationException("toId", "architecture.error.dependencyExists", "is already recorded");
		}
		Dependency d = this.dependencies.saveAndFlush(new Dependency(fromId, toId, k));
		Classification c = from.classification().compareTo(to.classification()) >= 0 ? from.classification()
				: to.classification();
		this.audit.record(AuditRecord.created("application-dependency", d.id(), c,
				Map.of("fromId", fromId, "toId", toId, "kind", k)));
		return d;
	}

	private Application editable(Actor actor, long id) {
		Application app = get(actor, id);
		if (!this.access.mayEdit(actor, app)) {
			throw new AccessDeniedException("may not change application " + id);
		}
		return app;
	}

	private void checkReferences(Actor actor, Application app) {
		if (!actor.clears(app.classification())) {
			throw new RuleViolationException("classification", "architecture.error.classificationAbove",
					"is above your own screening");
		}
		for (Long t : app.technologies()) {
			if (!this.catalogue.existsById(t)) {
				throw new RuleViolationException("technologies", "architecture.error.unknownEntry",
						"is not in the catalogue");
			}
		}
		for (Long p : app.projects()) {
			if (this.access.project(actor, p).isEmpty()) {
				throw new RuleViolationException("projects", "architecture.error.unknownProject",
						"there is no such project");
			}
		}
	}

	private void uniqueCode(String code, Long self) {
		this.applications.findByCodeIgnoreCase(code).filter(a -> !a.id().equals(self)).ifPresent(a -> {
			throw new RuleViolationException("code", "architecture.error.codeTaken", "is already used");
		});
	}

	// ---- ArchiMate import

	/**
	 * Imports an ArchiMate model's application components (created, or renamed when an
	 * application already carries the component's identifier) and the relations between
	 * them as dependencies. New applications get the classification, hosting and
	 * lifecycle given; all or nothing.
	 */
	@Transactional
	public ImportResult importModel(Actor actor, InputStream file, Classification classification, Hosting hosting,
			Lifecycle lifecycle) {
		this.access.requireBoard(actor);
		Classification c = Texts.present("classification", classification);
		if (!actor.clears(c)) {
			throw new RuleViolationException("classification", "architecture.error.classificationAbove",
					"is above your own screening");
		}
		ArchiMateModel model = ArchiMateModel.read(file);
		Map<String, Application> byIdentifier = new LinkedHashMap<>();
		int created = 0;
		int updated = 0;
		for (ArchiMateModel.Item component : model.applicationComponents()) {
			var existing = this.applications.findByExternalId(component.identifier());
			Application app;
			if (existing.isPresent()) {
				app = existing.get();
				if (!this.access.sees(actor, app)) {
					throw new RuleViolationException("file", "architecture.import.hidden",
							component.identifier() + " (" + component.name()
									+ "): already imported, not yours to change",
							component.identifier(), component.name());
				}
				if (!app.name().equals(component.name())) {
					var before = app.state();
					app.renamed(component.name());
					app = this.applications.saveAndFlush(app);
					this.audit.record(AuditRecord.updated(ENTITY, app.id(), app.classification(), before, app.state()));
					updated++;
				}
			}
			else {
				String code = codeFor(component.identifier());
				try {
					app = new Application(
							new ApplicationDraft(code, shorten(component.name(), 160), ApplicationKind.APPLICATION,
									null, null, hosting == null ? Hosting.ON_PREMISES : hosting, c, "C",
									shorten(component.documentation(), 2000), Set.of(), Set.of()),
							lifecycle == null ? Lifecycle.RUN : lifecycle);
				}
				catch (RuleViolationException ex) {
					throw new RuleViolationException("file", "architecture.import.badElement",
							component.identifier() + " (" + component.name() + "): " + ex.getMessage(),
							component.identifier(), component.name(), ex.getMessage());
				}
				app.identifiedAs(component.identifier());
				app = this.applications.saveAndFlush(app);
				this.steps.save(
						new LifecycleStep(app.id(), app.lifecycle(), this.clock.today(), actor.id(), this.clock.now()));
				this.audit.record(AuditRecord.created(ENTITY, app.id(), app.classification(), app.state()));
				created++;
			}
			byIdentifier.put(component.identifier(), app);
		}
		int linked = 0;
		for (ArchiMateModel.Relation r : model.relations()) {
			Application source = byIdentifier.get(r.source());
			Application target = byIdentifier.get(r.target());
			if (source == null || target == null || source.id().equals(target.id())) {
				continue;
			}
			// A serving relation points from the provider to the one it serves: the one
			// served depends on it.
			boolean serving = "Serving".equals(r.type());
			long from = serving ? target.id() : source.id();
			long to = serving ? source.id() : target.id();
			String kind = shorten(r.type(), 30);
			if (!this.dependencies.existsByFromIdAndToIdAndKind(from, to, kind)) {
				Dependency d = this.dependencies.saveAndFlush(new Dependency(from, to, kind));
				this.audit.record(AuditRecord.created("application-dependency", d.id(), c,
						Map.of("fromId", from, "toId", to, "kind", kind, "identifier", r.identifier())));
				linked++;
			}
		}
		return new ImportResult(model.name(), created, updated, linked);
	}

	/** Imports the model a file holds (an upload, say); see the other form. */
	@Transactional
	public ImportResult importModel(Actor actor, org.springframework.core.io.InputStreamSource file,
			Classification classification, Hosting hosting, Lifecycle lifecycle) {
		try (InputStream in = file.getInputStream()) {
			return importModel(actor, in, classification, hosting, lifecycle);
		}
		catch (java.io.IOException ex) {
			throw new RuleViolationException("file", "architecture.import.unreadable",
					"the file cannot be read: " + ex.getMessage(), ex.getMessage());
		}
	}

	/** What an import did. */
	public record ImportResult(String model, int created, int updated, int dependencies) {
	}

	private String codeFor(String identifier) {
		String base = identifier.replaceAll("[^A-Za-z0-9._-]", "-");
		base = base.length() > 36 ? base.substring(0, 36) : base;
		if (!Character.isLetterOrDigit(base.charAt(0))) {
			base = "A" + base.substring(1);
		}
		String code = base;
		for (int n = 2; this.applications.findByCodeIgnoreCase(code).isPresent(); n++) {
			code = base + "-" + n;
		}
		return code;
	}

	private static String shorten(String text, int max) {
		if (text == null) {
			return null;
		}
		return text.length() <= max ? text : text.substring(0, max);
	}

	/** The applications the projects change, by project, for the projects' pages. */
	@Transactional(readOnly = true)
	public List<Application> changedBy(Actor actor, long projectId) {
		List<Application> found = new ArrayList<>();
		for (Application a : visible(actor)) {
			if (a.projects().contains(projectId)) {
				found.add(a);
			}
		}
		return found;
	}

	/** Names of the applications the reader sees, by id. */
	@Transactional(readOnly = true)
	public Map<Long, Application> byId(Actor actor) {
		Map<Long, Application> map = new HashMap<>();
		visible(actor).forEach(a -> map.put(a.id(), a));
		return map;
	}

}

package org.agilepmo.architecture.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.agilepmo.shared.Classification;
import org.agilepmo.shared.RuleViolationException;

/**
 * An application or shared component of the portfolio: who owns it, the business
 * capability it serves, where it is in its lifecycle, where it runs, how sensitive it is
 * (its classification decides who sees it, as a project's does), its technical debt, the
 * catalogue's technologies it is built on and the projects that change it.
 */
@Entity
@Table(name = "architecture_application")
public class Application {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ApplicationKind kind;

	@Column(name = "owner_id")
	private Long ownerId;

	private String capability;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Lifecycle lifecycle;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Hosting hosting;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Classification classification;

	@Column(name = "debt_rating", nullable = false)
	private String debtRating;

	@Column(name = "external_id")
	private String externalId;

	private String description;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "architecture_application_technology", joinColumns = @JoinColumn(name = "application_id"))
	@Column(name = "entry_id")
	private Set<Long> technologies = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "architecture_application_project", joinColumns = @JoinColumn(name = "application_id"))
	@Column(name = "project_id")
	private Set<Long> projects = new TreeSet<>();

	protected Application() {
	}

	Application(ApplicationDraft draft, Lifecycle lifecycle) {
		this.lifecycle = Texts.present("lifecycle", lifecycle);
		apply(draft);
	}

	void apply(ApplicationDraft d) {
		this.code = Texts.required("code", d.code(), 40);
		if (!this.code.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
			throw new RuleViolationException("code", "architecture.error.code",
					"letters, digits, dots, hyphens and underscores only");
		}
		this.name = Texts.required("name", d.name(), 160);
		this.kind = Texts.present("kind", d.kind());
		this.ownerId = d.ownerId();
		this.capability = Texts.optional("capability", d.capability(), 160);
		this.hosting = Texts.present("hosting", d.hosting());
		this.classification = Texts.present("classification", d.classification());
		String rating = d.debtRating() == null ? "" : d.debtRating().strip().toUpperCase(java.util.Locale.ROOT);
		if (!rating.matches("[A-E]")) {
			throw new RuleViolationException("debtRating", "architecture.error.debtRating",
					"is a rating from A (little debt) to E");
		}
		this.debtRating = rating;
		this.description = Texts.optional("description", d.description(), 2000);
		this.technologies = new TreeSet<>(d.technologies() == null ? Set.of() : d.technologies());
		this.projects = new TreeSet<>(d.projects() == null ? Set.of() : d.projects());
	}

	ApplicationDraft draft() {
		return new ApplicationDraft(this.code, this.name, this.kind, this.ownerId, this.capability, this.hosting,
				this.classification, this.debtRating, this.description, Set.copyOf(this.technologies),
				Set.copyOf(this.projects));
	}

	/** Moves to the next stage of its lifecycle, if that stage may follow this one. */
	void moveTo(Lifecycle target) {
		Texts.present("lifecycle", target);
		if (!this.lifecycle.mayMoveTo(target)) {
			throw new RuleViolationException("lifecycle", "architecture.error.lifecycle",
					"cannot move from " + this.lifecycle + " to " + target, this.lifecycle, target);
		}
		this.lifecycle = target;
	}

	void identifiedAs(String externalId) {
		this.externalId = externalId;
	}

	void renamed(String name) {
		this.name = Texts.required("name", name, 160);
	}

	Map<String, Object> state() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("code", this.code);
		s.put("name", this.name);
		s.put("kind", this.kind);
		s.put("ownerId", this.ownerId);
		s.put("capability", this.capability);
		s.put("lifecycle", this.lifecycle);
		s.put("hosting", this.hosting);
		s.put("classification", this.classification);
		s.put("debtRating", this.debtRating);
		s.put("technologies", this.technologies);
		s.put("projects", this.projects);
		return s;
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public String code() {
		return this.code;
	}

	public String name() {
		return this.name;
	}

	public ApplicationKind kind() {
		return this.kind;
	}

	public Long ownerId() {
		return this.ownerId;
	}

	public String capability() {
		return this.capability;
	}

	public Lifecycle lifecycle() {
		return this.lifecycle;
	}

	public Hosting hosting() {
		return this.hosting;
	}

	public Classification classification() {
		return this.classification;
	}

	public String debtRating() {
		return this.debtRating;
	}

	public String externalId() {
		return this.externalId;
	}

	public String description() {
		return this.description;
	}

	public Set<Long> technologies() {
		return Set.copyOf(this.technologies);
	}

	public Set<Long> projects() {
		return Set.copyOf(this.projects);
	}

	/** Whether the technical debt calls for attention (a rating of D or E). */
	public boolean highDebt() {
		return "D".equals(this.debtRating) || "E".equals(this.debtRating);
	}

	/** For lifecycle dates: the day an earlier step took effect must not follow this. */
	static LocalDate notBefore(LocalDate previous, LocalDate on) {
		if (previous != null && on.isBefore(previous)) {
			throw new RuleViolationException("effectiveOn", "architecture.error.stepBefore",
					"is before the previous step of the lifecycle", previous);
		}
		return on;
	}

}

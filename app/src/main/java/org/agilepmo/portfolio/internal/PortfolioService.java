package org.agilepmo.portfolio.internal;

import org.agilepmo.portfolio.ProgrammeDraft;
import org.agilepmo.portfolio.PortfolioDraft;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;
import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioRole;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.shared.Versioned;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio and programme use cases: creating and revising them, giving people
 * portfolio roles, and finding the ones a person may see ({@link PortfolioAccessPolicy}).
 */
@Service
public class PortfolioService {

	private final Portfolios portfolios;

	private final Programmes programmes;

	private final Projects projects;

	private final People people;

	private final AuditTrail audit;

	PortfolioService(Portfolios portfolios, Programmes programmes, Projects projects, People people, AuditTrail audit) {
		this.portfolios = portfolios;
		this.programmes = programmes;
		this.projects = projects;
		this.people = people;
		this.audit = audit;
	}

	// ---- portfolios

	@Transactional(readOnly = true)
	public Page<PortfolioView> portfolios(Actor actor, String q, Pageable pageable) {
		Specification<Portfolio> spec = Visibility.portfolios(actor).and(named(q));
		Page<Portfolio> page = this.portfolios.findAll(spec, pageable);
		return new PageImpl<>(page.getContent().stream().map(p -> view(actor, p, false)).toList(), pageable,
				page.getTotalElements());
	}

	/** The portfolios in which the person may create projects, by name. */
	@Transactional(readOnly = true)
	public List<PortfolioView> portfoliosForNewProjects(Actor actor) {
		return this.portfolios.findAll(Visibility.portfolios(actor), Sort.by("name"))
			.stream()
			.filter(p -> ProjectAccessPolicy.mayCreateIn(actor, p.roleOf(actor.id()).orElse(null)))
			.map(p -> view(actor, p, false))
			.toList();
	}

	/** Every portfolio the person may see, by name: for filters. */
	@Transactional(readOnly = true)
	public List<PortfolioView> visiblePortfolios(Actor actor) {
		return this.portfolios.findAll(Visibility.portfolios(actor), Sort.by("name"))
			.stream()
			.map(p -> view(actor, p, false))
			.toList();
	}

	@Transactional(readOnly = true)
	public PortfolioView portfolio(Actor actor, long id) {
		return view(actor, visiblePortfolio(actor, id), true);
	}

	@Transactional
	public PortfolioView createPortfolio(Actor actor, PortfolioDraft draft) {
		requireManager(actor);
		Portfolio portfolio = new Portfolio(draft.code(), draft.name(), draft.description());
		if (this.portfolios.existsByCode(portfolio.code())) {
			throw codeTaken();
		}
		this.portfolios.saveAndFlush(portfolio);
		this.audit
			.record(AuditRecord.created("portfolio", portfolio.id(), Classification.PUBLIC, portfolio.snapshot()));
		return view(actor, portfolio, true);
	}

	@Transactional
	public PortfolioView editPortfolio(Actor actor, long id, long expectedVersion, PortfolioDraft draft) {
		return editPortfolio(actor, id, expectedVersion, Change.to(draft));
	}

	/** Applies a change to the portfolio as it is now, in this transaction. */
	@Transactional
	public PortfolioView editPortfolio(Actor actor, long id, long expectedVersion, Change<PortfolioDraft> change) {
		Portfolio portfolio = visiblePortfolio(actor, id);
		requireManager(actor);
		Versioned.check("portfolio", id, expectedVersion, portfolio.version());
		PortfolioDraft draft = change
			.applyTo(new PortfolioDraft(portfolio.code(), portfolio.name(), portfolio.description()));
		Portfolio.Snapshot before = portfolio.snapshot();
		portfolio.revise(draft.code(), draft.name(), draft.description());
		if (this.portfolios.existsByCodeAndIdNot(portfolio.code(), id)) {
			throw codeTaken();
		}
		flush("portfolio", portfolio.id(), portfolio.version(), () -> this.portfolios.saveAndFlush(portfolio));
		this.audit.record(AuditRecord.updated("portfolio", id, Classification.PUBLIC, before, portfolio.snapshot()));
		return view(actor, portfolio, true);
	}

	/** Gives a person a role on the portfolio, or takes it away when the role is null. */
	@Transactional
	public PortfolioView assignRole(Actor actor, long id, long expectedVersion, long personId, PortfolioRole role) {
		Portfolio portfolio = visiblePortfolio(actor, id);
		requireManager(actor);
		Versioned.check("portfolio", id, expectedVersion, portfolio.version());
		PersonSummary person = this.people.find(personId)
			.orElseThrow(() -> new RuleViolationException("personId", "portfolio.error.unknownPerson",
					"there is no person " + personId));
		if (role == null && portfolio.roleOf(personId).isEmpty()) {
			throw new NotFoundException("portfolio member", personId);
		}
		Portfolio.Snapshot before = portfolio.snapshot();
		portfolio.assign(personId, role);
		flush("portfolio", portfolio.id(), portfolio.version(), () -> this.portfolios.saveAndFlush(portfolio));
		this.audit
			.record(new AuditRecord("portfolio.role-changed", "portfolio", String.valueOf(id), Classification.PUBLIC,
					person.username() + " " + (role == null ? "removed" : role), before, portfolio.snapshot()));
		return view(actor, portfolio, true);
	}

	// ---- programmes

	@Transactional(readOnly = true)
	public Page<ProgrammeView> programmes(Actor actor, Long portfolioId, String q, Pageable pageable) {
		Specification<Programme> spec = Visibility.programmes(actor).and(named(q));
		if (portfolioId != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("portfolioId"), portfolioId));
		}
		Page<Programme> page = this.programmes.findAll(spec, pageable);
		return new PageImpl<>(views(actor, page.getContent()), pageable, page.getTotalElements());
	}

	/** The programmes of a portfolio the person may see, by name. */
	@Transactional(readOnly = true)
	public List<ProgrammeView> programmesOf(Actor actor, long portfolioId) {
		visiblePortfolio(actor, portfolioId);
		return views(actor, this.programmes.findByPortfolioIdOrderByName(portfolioId));
	}

	@Transactional(readOnly = true)
	public ProgrammeView programme(Actor actor, long id) {
		return views(actor, List.of(visibleProgramme(actor, id))).get(0);
	}

	@Transactional
	public ProgrammeView createProgramme(Actor actor, ProgrammeDraft draft) {
		if (draft.portfolioId() == null) {
			throw new RuleViolationException("portfolioId", "portfolio.error.required", "portfolio is required");
		}
		Portfolio portfolio = this.portfolios.findById(draft.portfolioId())
			.orElseThrow(() -> new RuleViolationException("portfolioId", "portfolio.error.unknownPortfolio",
					"there is no portfolio " + draft.portfolioId()));
		requireProgrammeManager(actor, portfolio);
		Programme programme = new Programme(portfolio.id(), draft.code(), draft.name(), draft.description(),
				draft.managerId());
		checkProgramme(programme, null);
		this.programmes.saveAndFlush(programme);
		this.audit
			.record(AuditRecord.created("programme", programme.id(), Classification.PUBLIC, programme.snapshot()));
		return views(actor, List.of(programme)).get(0);
	}

	@Transactional
	public ProgrammeView editProgramme(Actor actor, long id, long expectedVersion, ProgrammeDraft draft) {
		return editProgramme(actor, id, expectedVersion, Change.to(draft));
	}

	/** Applies a change to the programme as it is now, in this transaction. */
	@Transactional
	public ProgrammeView editProgramme(Actor actor, long id, long expectedVersion, Change<ProgrammeDraft> change) {
		Programme programme = visibleProgramme(actor, id);
		requireProgrammeManager(actor, this.portfolios.findById(programme.portfolioId()).orElseThrow());
		Versioned.check("programme", id, expectedVersion, programme.version());
		ProgrammeDraft draft = change.applyTo(new ProgrammeDraft(programme.portfolioId(), programme.code(),
				programme.name(), programme.description(), programme.managerId()));
		if (draft.portfolioId() != null && draft.portfolioId() != programme.portfolioId()) {
			throw new RuleViolationException("portfolioId", "portfolio.error.programmeStaysInPortfolio",
					"a programme stays in the portfolio it was created in");
		}
		Programme.Snapshot before = programme.snapshot();
		programme.revise(draft.code(), draft.name(), draft.description(), draft.managerId());
		checkProgramme(programme, id);
		flush("programme", id, programme.version(), () -> this.programmes.saveAndFlush(programme));
		this.audit.record(AuditRecord.updated("programme", id, Classification.PUBLIC, before, programme.snapshot()));
		return views(actor, List.of(programme)).get(0);
	}

	private void checkProgramme(Programme programme, Long id) {
		boolean taken = id == null ? this.programmes.existsByCode(programme.code())
				: this.programmes.existsByCodeAndIdNot(programme.code(), id);
		if (taken) {
			throw codeTaken();
		}
		if (programme.managerId() != null && this.people.find(programme.managerId()).isEmpty()) {
			throw new RuleViolationException("managerId", "portfolio.error.unknownPerson",
					"there is no person " + programme.managerId());
		}
	}

	// ---- access

	private Portfolio visiblePortfolio(Actor actor, long id) {
		return findVisiblePortfolio(actor, id).orElseThrow(() -> new NotFoundException("portfolio", id));
	}

	private Optional<Portfolio> findVisiblePortfolio(Actor actor, long id) {
		return this.portfolios.findById(id)
			.filter((portfolio) -> PortfolioAccessPolicy.maySee(actor, portfolio.roleOf(actor.id()).orElse(null),
					seesAProjectIn(actor, id)));
	}

	/**
	 * The portfolio when the person may see it; empty otherwise. Unlike
	 * {@link #portfolio}, it throws nothing, so that a caller in a transaction of its own
	 * (search, my work, notifications) may ask about objects that are hidden or gone.
	 */
	@Transactional(readOnly = true)
	public Optional<PortfolioView> findPortfolio(Actor actor, long id) {
		return findVisiblePortfolio(actor, id).map((p) -> view(actor, p, true));
	}

	/** The programme when the person may see it; empty otherwise, throwing nothing. */
	@Transactional(readOnly = true)
	public Optional<ProgrammeView> findProgramme(Actor actor, long id) {
		return this.programmes.findById(id)
			.filter((programme) -> findVisiblePortfolio(actor, programme.portfolioId()).isPresent())
			.map((programme) -> views(actor, List.of(programme)).get(0));
	}

	private boolean seesAProjectIn(Actor actor, long portfolioId) {
		return this.projects.exists(
				Visibility.projects(actor).and((root, query, cb) -> cb.equal(root.get("portfolioId"), portfolioId)));
	}

	private Programme visibleProgramme(Actor actor, long id) {
		Programme programme = this.programmes.findById(id).orElseThrow(() -> new NotFoundException("programme", id));
		try {
			visiblePortfolio(actor, programme.portfolioId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("programme", id);
		}
		return programme;
	}

	private static void requireManager(Actor actor) {
		if (!PortfolioAccessPolicy.mayManagePortfolios(actor)) {
			throw new AccessDeniedException("may not manage portfolios");
		}
	}

	private static void requireProgrammeManager(Actor actor, Portfolio portfolio) {
		if (!PortfolioAccessPolicy.mayManageProgrammes(actor, portfolio.roleOf(actor.id()).orElse(null))) {
			throw new AccessDeniedException("may not manage the programmes of portfolio " + portfolio.id());
		}
	}

	private static RuleViolationException codeTaken() {
		return new RuleViolationException("code", "portfolio.error.codeTaken", "this code is already taken");
	}

	private static void flush(String what, long id, long version, Runnable flush) {
		try {
			flush.run();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(what, id, version, version + 1);
		}
	}

	private static <T> Specification<T> named(String q) {
		return (root, query, cb) -> {
			if (q == null || q.isBlank()) {
				return cb.conjunction();
			}
			String like = "%"
					+ q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
					+ "%";
			List<Predicate> any = new ArrayList<>();
			for (String field : List.of("code", "name", "description")) {
				any.add(cb.like(cb.lower(root.get(field)), like, '\\'));
			}
			return cb.or(any.toArray(Predicate[]::new));
		};
	}

	// ---- views

	private PortfolioView view(Actor actor, Portfolio p, boolean withMembers) {
		PortfolioRole mine = p.roleOf(actor.id()).orElse(null);
		List<PortfolioView.Member> members = List.of();
		if (withMembers) {
			Map<Long, PersonSummary> named = this.people.findAll(p.members().keySet());
			members = p.members()
				.entrySet()
				.stream()
				.map(e -> new PortfolioView.Member(e.getKey(),
						named.containsKey(e.getKey()) ? named.get(e.getKey()).displayName() : "#" + e.getKey(),
						e.getValue()))
				.sorted(Comparator.comparing(PortfolioView.Member::name))
				.toList();
		}
		return new PortfolioView(p.id(), p.code(), p.name(), p.description(), p.version(), p.createdAt(), p.updatedAt(),
				members, mine, PortfolioAccessPolicy.mayManagePortfolios(actor),
				PortfolioAccessPolicy.mayManageProgrammes(actor, mine), ProjectAccessPolicy.mayCreateIn(actor, mine));
	}

	private List<ProgrammeView> views(Actor actor, List<Programme> list) {
		Set<Long> managerIds = new HashSet<>();
		Set<Long> portfolioIds = new HashSet<>();
		for (Programme p : list) {
			portfolioIds.add(p.portfolioId());
			if (p.managerId() != null) {
				managerIds.add(p.managerId());
			}
		}
		Map<Long, PersonSummary> managers = this.people.findAll(managerIds);
		Map<Long, Portfolio> portfolioById = new HashMap<>();
		this.portfolios.findAllById(portfolioIds).forEach(p -> portfolioById.put(p.id(), p));
		List<ProgrammeView> views = new ArrayList<>();
		for (Programme p : list) {
			Portfolio portfolio = portfolioById.get(p.portfolioId());
			PortfolioRole mine = portfolio == null ? null : portfolio.roleOf(actor.id()).orElse(null);
			PersonSummary manager = p.managerId() == null ? null : managers.get(p.managerId());
			views.add(new ProgrammeView(p.id(), p.code(), p.name(), p.description(), p.portfolioId(),
					portfolio == null ? null : portfolio.name(), p.managerId(),
					manager == null ? null : manager.displayName(), p.version(), p.createdAt(), p.updatedAt(),
					PortfolioAccessPolicy.mayManageProgrammes(actor, mine)));
		}
		return views;
	}

}

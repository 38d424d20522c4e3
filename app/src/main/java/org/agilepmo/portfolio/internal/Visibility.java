package org.agilepmo.portfolio.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.agilepmo.portfolio.PortfolioRole;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;

import org.springframework.data.jpa.domain.Specification;

/**
 * The access rules of {@link ProjectAccessPolicy} and {@link PortfolioAccessPolicy} as
 * query predicates, so that lists, counts and searches never include (or count) what a
 * person may not see.
 */
final class Visibility {

	private Visibility() {
	}

	static Specification<Project> projects(Actor actor) {
		return (root, query, cb) -> project(root, query, cb, actor);
	}

	static Specification<Portfolio> portfolios(Actor actor) {
		return (root, query, cb) -> portfolioId(root.get("id"), query, cb, actor);
	}

	static Specification<Programme> programmes(Actor actor) {
		return (root, query, cb) -> portfolioId(root.get("portfolioId"), query, cb, actor);
	}

	/** The project is visible to the person. */
	static Predicate project(From<?, Project> project, AbstractQuery<?> query, CriteriaBuilder cb, Actor actor) {
		List<Classification> cleared = new ArrayList<>();
		for (Classification c : Classification.values()) {
			if (actor.clears(c)) {
				cleared.add(c);
			}
		}
		Predicate screening = project.get("classification").in(cleared);
		if (actor.isPortfolioWide()) {
			return screening;
		}
		Subquery<Integer> projectRole = query.subquery(Integer.class);
		Root<Project> same = projectRole.from(Project.class);
		Join<Project, ProjectMembership> member = same.join("members");
		projectRole.select(cb.literal(1))
			.where(cb.equal(same.get("id"), project.get("id")), cb.equal(member.get("personId"), actor.id()));
		return cb.and(screening,
				cb.or(cb.exists(projectRole), portfolioRoleExists(project.get("portfolioId"), query, cb, actor)));
	}

	/** The portfolio with this id is visible to the person. */
	static Predicate portfolioId(Expression<Long> portfolioId, AbstractQuery<?> query, CriteriaBuilder cb,
			Actor actor) {
		if (actor.isPortfolioWide()) {
			return cb.conjunction();
		}
		Subquery<Integer> aVisibleProject = query.subquery(Integer.class);
		Root<Project> project = aVisibleProject.from(Project.class);
		aVisibleProject.select(cb.literal(1))
			.where(cb.equal(project.get("portfolioId"), portfolioId), project(project, aVisibleProject, cb, actor));
		return cb.or(portfolioRoleExists(portfolioId, query, cb, actor), cb.exists(aVisibleProject));
	}

	private static Predicate portfolioRoleExists(Expression<Long> portfolioId, AbstractQuery<?> query,
			CriteriaBuilder cb, Actor actor) {
		Subquery<Integer> portfolioRole = query.subquery(Integer.class);
		Root<Portfolio> portfolio = portfolioRole.from(Portfolio.class);
		MapJoin<Portfolio, Long, PortfolioRole> member = portfolio.joinMap("members");
		portfolioRole.select(cb.literal(1))
			.where(cb.equal(portfolio.get("id"), portfolioId), cb.equal(member.key(), actor.id()));
		return cb.exists(portfolioRole);
	}

}

package org.agilepmo.finance.internal;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget versions, costs and funding sources as the rest of the platform may see them
 * (search, comments, the audit trail's names): a budget version or a cost through its
 * project's access rule, a funding source to those the funding pages show it to.
 */
@Component
class FinanceDirectory implements ObjectDirectory {

	private static final Set<String> KINDS = Set.of(BudgetService.ENTITY, CostService.ENTITY, FundingService.SOURCE);

	private final BudgetVersions versions;

	private final Costs costs;

	private final FundingSources sources;

	private final FundingService funding;

	private final ProjectCatalogue catalogue;

	FinanceDirectory(BudgetVersions versions, Costs costs, FundingSources sources, FundingService funding,
			ProjectCatalogue catalogue) {
		this.versions = versions;
		this.costs = costs;
		this.sources = sources;
		this.funding = funding;
		this.catalogue = catalogue;
	}

	@Override
	public Set<String> kinds() {
		return KINDS;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		return switch (ref.kind()) {
			case BudgetService.ENTITY -> this.versions.findById(ref.id())
				.flatMap(v -> this.catalogue.findVisible(v.projectId(), actor)
					.map(p -> new ObjectCard(ref, "Budget v" + v.number() + " \u00b7 " + p.name(), p.code(),
							"/projects/" + p.id() + "/budget", p.id(), p.classification())));
			case CostService.ENTITY -> this.costs.findById(ref.id())
				.flatMap(c -> this.catalogue.findVisible(c.projectId(), actor)
					.map(p -> new ObjectCard(ref,
							c.amount().toPlainString() + " " + c.currency() + " \u00b7 " + c.lineCode(), p.code(),
							"/projects/" + p.id() + "/costs#cost-" + c.id(), p.id(), p.classification())));
			case FundingService.SOURCE -> this.funding.visibleSources(actor)
				.stream()
				.filter(s -> s.id() == ref.id())
				.findFirst()
				.map(s -> new ObjectCard(ref, s.name(), s.reference(), "/grants/" + s.id() + "/report", null,
						Classification.PUBLIC));
			default -> Optional.empty();
		};
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayAttach(ObjectRef ref, Actor actor) {
		return switch (ref.kind()) {
			case BudgetService.ENTITY ->
				this.versions.findById(ref.id()).map(v -> this.catalogue.mayEdit(v.projectId(), actor)).orElse(false);
			case CostService.ENTITY ->
				this.costs.findById(ref.id()).map(c -> this.catalogue.mayEdit(c.projectId(), actor)).orElse(false);
			case FundingService.SOURCE -> actor.isPortfolioWide() && this.sources.existsById(ref.id());
			default -> false;
		};
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchText> searchText(ObjectRef ref) {
		return switch (ref.kind()) {
			case BudgetService.ENTITY -> this.versions.findById(ref.id())
				.map(v -> new SearchText("Budget v" + v.number(),
						String.join(" ", v.lines().stream().map(l -> l.code() + " " + l.description()).toList()),
						v.projectId(), Classification.CONFIDENTIAL));
			case CostService.ENTITY -> this.costs.findById(ref.id())
				.map(c -> new SearchText(c.reference() == null ? c.lineCode() : c.reference(),
						c.description() == null ? "" : c.description(), c.projectId(), Classification.CONFIDENTIAL));
			case FundingService.SOURCE -> this.sources.findById(ref.id())
				.map(s -> new SearchText(s.name(), String.join(" ", s.donor() == null ? "" : s.donor(),
						s.reference() == null ? "" : s.reference()), null, Classification.PUBLIC));
			default -> Optional.empty();
		};
	}

	@Override
	@Transactional(readOnly = true)
	public Stream<ObjectRef> all(String kind) {
		return switch (kind) {
			case BudgetService.ENTITY ->
				this.versions.findAll().stream().map(v -> new ObjectRef(kind, v.id())).toList().stream();
			case CostService.ENTITY ->
				this.costs.findAll().stream().map(c -> new ObjectRef(kind, c.id())).toList().stream();
			case FundingService.SOURCE ->
				this.sources.findAll().stream().map(s -> new ObjectRef(kind, s.id())).toList().stream();
			default -> Stream.empty();
		};
	}

}

package org.agilepmo.procurement.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.procurement.internal.Consolidation.RankedBid;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.pdf.PdfDocuments;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation committee's report as a PDF (the shared renderer, ADR 20): the tender,
 * its opening, the committee with each member's declaration and submission, the criteria
 * and formula, the ranking with each bid's points and total, and the recommended award
 * (rank 1) or the committee's decision with its standstill. For those who may read the
 * ranking, once every evaluator has submitted.
 */
@Service
public class CommitteeReport {

	private final TenderService tenders;

	private final EvaluationService evaluation;

	private final Bids bids;

	private final People people;

	private final ProjectCatalogue catalogue;

	private final PdfDocuments pdf;

	private final Clock clock;

	CommitteeReport(TenderService tenders, EvaluationService evaluation, Bids bids, People people,
			ProjectCatalogue catalogue, PdfDocuments pdf, Optional<Clock> clock) {
		this.tenders = tenders;
		this.evaluation = evaluation;
		this.bids = bids;
		this.people = people;
		this.catalogue = catalogue;
		this.pdf = pdf;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** A committee member as the report names them. */
	public record Member(String name, boolean chair, boolean conflict, Instant submittedAt) {
	}

	@Transactional(readOnly = true)
	public byte[] pdf(Actor actor, long tenderId, Locale locale) {
		return this.pdf.render("procurement/committee-report", model(actor, tenderId), locale);
	}

	@Transactional(readOnly = true)
	public Map<String, Object> model(Actor actor, long tenderId) {
		List<RankedBid> ranking = this.evaluation.ranking(actor, tenderId);
		Tender tender = this.tenders.tender(actor, tenderId);
		Map<Long, PersonSummary> names = this.people
			.findAll(tender.committee().stream().map(CommitteeMember::personId).toList());
		Map<String, Object> model = new HashMap<>();
		model.put("tender", tender);
		model.put("projectName",
				this.catalogue.findVisible(tender.projectId(), actor).map(p -> p.code() + " · " + p.name()).orElse(""));
		model.put("today", LocalDate.now(this.clock.withZone(ZoneOffset.UTC)));
		model.put("members",
				tender.committee()
					.stream()
					.map(m -> new Member(
							Optional.ofNullable(names.get(m.personId())).map(PersonSummary::displayName).orElse("?"),
							m.chair(), m.declaredConflict(), m.submittedAt()))
					.toList());
		model.put("scoredCriteria",
				tender.criteria().stream().filter(c -> c.kind() != Criterion.Kind.PASS_FAIL).toList());
		model.put("ranking", ranking);
		model.put("recommended",
				ranking.stream().filter(r -> !r.eliminated()).findFirst().map(RankedBid::supplier).orElse(null));
		model.put("awarded", tender.awardedBidId() == null ? null
				: this.bids.findById(tender.awardedBidId()).map(Bid::supplier).orElse(null));
		return model;
	}

}

package org.agilepmo.procurement.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agilepmo.shared.Actor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tender as an Open Contracting Data Standard 1.1 release package: the tender, its
 * tenderers, the award and the contract, with the parties they name. Only once the bids
 * are opened (404 before, for everyone, as for the bids themselves), and only for those
 * who may read the bids. The open contracting id is the configured prefix
 * ({@code pmo.procurement.ocds.ocid-prefix}) followed by the tender's reference.
 */
@Service
public class OcdsExport {

	private final TenderService tenders;

	private final TenderAccess access;

	private final Bids bids;

	private final Contracts contracts;

	private final Clock clock;

	private final String prefix;

	private final String publisher;

	OcdsExport(TenderService tenders, TenderAccess access, Bids bids, Contracts contracts, Optional<Clock> clock,
			@Value("${pmo.procurement.ocds.ocid-prefix:ocds-apmo0-}") String prefix,
			@Value("${pmo.procurement.ocds.publisher:Agile PMO}") String publisher) {
		this.tenders = tenders;
		this.access = access;
		this.bids = bids;
		this.contracts = contracts;
		this.clock = clock.orElse(Clock.systemUTC());
		this.prefix = prefix;
		this.publisher = publisher;
	}

	/** The release package of one tender, answered at {@code uri}. */
	@Transactional(readOnly = true)
	public Map<String, Object> releasePackage(Actor actor, long tenderId, String uri) {
		Tender tender = this.tenders.tender(actor, tenderId);
		this.access.requireBidReader(actor, tender);
		Map<String, Object> pack = new LinkedHashMap<>();
		pack.put("uri", uri);
		pack.put("version", "1.1");
		pack.put("publishedDate", time(this.clock.instant()));
		pack.put("publisher", Map.of("name", this.publisher));
		pack.put("releases", List.of(release(tender)));
		return pack;
	}

	private Map<String, Object> release(Tender tender) {
		List<Bid> received = this.bids.findByTenderIdOrderByIdAsc(tender.id());
		Optional<Contract> contract = this.contracts.findByTenderId(tender.id());
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		String ocid = this.prefix + tender.reference();
		List<String> tags = new ArrayList<>(List.of("tender"));
		Instant date = tender.openedAt();
		if (tender.awardedBidId() != null) {
			tags.add("award");
			date = tender.decidedAt();
		}
		if (contract.isPresent()) {
			tags.add("contract");
			date = contract.get().createdAt();
		}
		Map<String, Object> buyer = party("buyer", this.publisher);
		List<Map<String, Object>> parties = new ArrayList<>();
		Map<String, Object> buyerParty = new LinkedHashMap<>(buyer);
		buyerParty.put("roles", List.of("buyer", "procuringEntity"));
		parties.add(buyerParty);
		List<Map<String, Object>> tenderers = new ArrayList<>();
		for (Bid bid : received) {
			tenderers.add(party(supplierId(bid), bid.supplier()));
			Map<String, Object> p = new LinkedHashMap<>(party(supplierId(bid), bid.supplier()));
			boolean awarded = tender.awardedBidId() != null && tender.awardedBidId() == bid.id();
			p.put("roles", awarded ? List.of("tenderer", "supplier") : List.of("tenderer"));
			parties.add(p);
		}

		Map<String, Object> release = new LinkedHashMap<>();
		release.put("ocid", ocid);
		release.put("id", ocid + "-" + String.join("-", tags));
		release.put("date", time(date));
		release.put("tag", tags);
		release.put("initiationType", "tender");
		release.put("language", "en");
		release.put("parties", parties);
		release.put("buyer", buyer);

		Map<String, Object> t = new LinkedHashMap<>();
		t.put("id", tender.reference());
		t.put("title", tender.title());
		if (tender.description() != null) {
			t.put("description", tender.description());
		}
		t.put("status", tender.status() == Tender.Status.DECIDED ? "complete" : "active");
		t.put("procuringEntity", buyer);
		t.put("procurementMethod", "open");
		t.put("awardCriteria", tender.criteria().stream().anyMatch(c -> c.kind() == Criterion.Kind.TECHNICAL)
				? "ratedCriteria" : "priceOnly");
		t.put("submissionMethod", List.of("written"));
		t.put("tenderPeriod", Map.of("startDate", time(tender.createdAt()), "endDate", time(tender.opensAt())));
		t.put("numberOfTenderers", received.size());
		t.put("tenderers", tenderers);
		release.put("tender", t);

		Optional<Bid> awardedBid = received.stream()
			.filter(b -> tender.awardedBidId() != null && b.id() == tender.awardedBidId())
			.findFirst();
		awardedBid.ifPresent(bid -> {
			Map<String, Object> award = new LinkedHashMap<>();
			award.put("id", awardId(bid));
			award.put("title", tender.title());
			award.put("description", tender.decisionReason());
			award.put("status", tender.isAwardFinal(today) ? "active" : "pending");
			award.put("date", time(tender.decidedAt()));
			award.put("value", value(bid.price(), bid.currency()));
			award.put("suppliers", List.of(party(supplierId(bid), bid.supplier())));
			award.put("contractPeriod",
					Map.of("startDate", time(tender.standstillEndsOn().atStartOfDay(ZoneOffset.UTC).toInstant())));
			release.put("awards", List.of(award));
		});
		contract.ifPresent(c -> {
			Map<String, Object> k = new LinkedHashMap<>();
			k.put("id", c.reference());
			k.put("awardID", awardedBid.map(OcdsExport::awardId).orElse("award-" + c.bidId()));
			k.put("title", tender.title());
			k.put("status", "active");
			k.put("value", value(c.value(), c.currency()));
			k.put("dateSigned", time(c.signedOn().atStartOfDay(ZoneOffset.UTC).toInstant()));
			List<Map<String, Object>> milestones = new ArrayList<>();
			int n = 0;
			for (Contract.Milestone m : c.milestones()) {
				Map<String, Object> ms = new LinkedHashMap<>();
				ms.put("id", c.reference() + "-m" + (++n));
				ms.put("title", m.name());
				ms.put("type", "delivery");
				ms.put("dueDate", time(m.dueOn().atStartOfDay(ZoneOffset.UTC).toInstant()));
				ms.put("status", "scheduled");
				milestones.add(ms);
			}
			if (!milestones.isEmpty()) {
				k.put("milestones", milestones);
			}
			release.put("contracts", List.of(k));
		});
		return release;
	}

	private static Map<String, Object> party(String id, String name) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("id", id);
		p.put("name", name);
		return p;
	}

	private static Map<String, Object> value(java.math.BigDecimal amount, String currency) {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("amount", amount);
		v.put("currency", currency);
		return v;
	}

	private static String supplierId(Bid bid) {
		return "tenderer-" + bid.id();
	}

	private static String awardId(Bid bid) {
		return "award-" + bid.id();
	}

	private static String time(Instant instant) {
		return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
	}

}

package org.agilepmo.procurement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.ObjectRef;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the procurement officers what needs them, through the notifications
 * ({@link Attention} with the reason {@code due}): each manager of a framework agreement
 * once when it comes within its alert days of its end, and the buyer who signed a
 * contract once for each of its deliverables that passed its due day unaccepted. What was
 * sent is kept (one row per object and day, under a unique key), so a reminder is sent
 * once even with several instances. Runs every hour
 * ({@code pmo.procurement.reminders-cron}).
 */
@Component
public class ProcurementReminders {

	private final Agreements agreements;

	private final Deliverables deliverables;

	private final Contracts contracts;

	private final People people;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProcurementReminders(Agreements agreements, Deliverables deliverables, Contracts contracts, People people,
			JdbcTemplate jdbc, ApplicationEventPublisher events, Optional<Clock> clock) {
		this.agreements = agreements;
		this.deliverables = deliverables;
		this.contracts = contracts;
		this.people = people;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Sends the reminders not sent yet; answers how many people it told. */
	@Scheduled(cron = "${pmo.procurement.reminders-cron:0 15 * * * *}")
	@Transactional
	public int remind() {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		int sent = 0;
		for (FrameworkAgreement a : this.agreements.findAll()) {
			// Once per agreement and end date: a renewal that moves the end alerts again.
			if (a.isExpiring(today) && firstTime("agreement-expiry", a.id(), a.endsOn())) {
				for (Long manager : a.managers()) {
					this.events.publishEvent(
							new Attention(manager, new ObjectRef(AgreementService.AGREEMENT, a.id()), "due", null));
					sent++;
				}
			}
		}
		for (Deliverable d : this.deliverables.findByAcceptedOnIsNullAndDueOnBeforeOrderByIdAsc(today)) {
			if (!firstTime("deliverable-overdue", d.id(), d.dueOn())) {
				continue;
			}
			Contract c = this.contracts.findById(d.contractId()).orElseThrow();
			Optional<PersonSummary> buyer = this.people.findByUsername(c.createdBy());
			if (buyer.isPresent()) {
				this.events.publishEvent(
						new Attention(buyer.get().id(), new ObjectRef(ContractService.CONTRACT, c.id()), "due", null));
				sent++;
			}
		}
		return sent;
	}

	private boolean firstTime(String kind, long id, LocalDate day) {
		Integer already = this.jdbc.queryForObject(
				"select count(*) from procurement_reminder where kind = ? and object_id = ? and reminded_on = ?",
				Integer.class, kind, id, java.sql.Date.valueOf(day));
		if (already != null && already > 0) {
			return false;
		}
		this.jdbc.update("insert into procurement_reminder (kind, object_id, reminded_on) values (?, ?, ?)", kind, id,
				java.sql.Date.valueOf(day));
		return true;
	}

}

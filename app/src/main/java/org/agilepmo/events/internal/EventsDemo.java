package org.agilepmo.events.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agilepmo.identity.ActingAs;
import org.agilepmo.identity.People;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.DemoContribution;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo events of the Criminal Records Unit, written by its coordinator: a working group
 * on human trafficking held last month with participants from Morocco, Senegal, Jordan
 * and France and their attendance; a training with four seats, a waiting list, a
 * cancellation that let the first person waiting in, attendance and answered evaluations;
 * and the unit's training needs assessment, its first need followed up by the training.
 */
@Component
@Order(80)
@ConditionalOnBooleanProperty("pmo.demo.enabled")
class EventsDemo implements DemoContribution {

	private static final String COORDINATOR = "unit.coord";

	private final EventService events;

	private final RegistrationService registrations;

	private final AttendanceService attendance;

	private final EventEvaluations evaluations;

	private final NeedsService needs;

	private final OrganisationDirectory organisation;

	private final ActingAs actingAs;

	private final People people;

	EventsDemo(EventService events, RegistrationService registrations, AttendanceService attendance,
			EventEvaluations evaluations, NeedsService needs, OrganisationDirectory organisation, ActingAs actingAs,
			People people) {
		this.events = events;
		this.registrations = registrations;
		this.attendance = attendance;
		this.evaluations = evaluations;
		this.needs = needs;
		this.organisation = organisation;
		this.actingAs = actingAs;
		this.people = people;
	}

	@Override
	public void write() {
		Optional<OrgUnitSummary> unit = this.organisation.ofType(UnitType.UNIT)
			.stream()
			.filter(u -> "POL-CRIM".equals(u.code()))
			.findFirst();
		if (unit.isEmpty() || this.people.findByUsername(COORDINATOR).isEmpty()) {
			return;
		}
		this.actingAs.run(COORDINATOR, () -> {
			Actor coord = CurrentActor.require();
			long unitId = unit.get().id();
			LocalDate today = LocalDate.now();
			workingGroup(coord, unitId, today.minusDays(35));
			Event training = training(coord, unitId, today.plusDays(20));
			assessment(coord, unitId, training);
		});
	}

	private void workingGroup(Actor coord, long unitId, LocalDate start) {
		Event group = this.events.create(coord, unitId,
				new EventDraft(EventKind.WORKING_GROUP, "Working group on human trafficking",
						"Regional working group of police and justice officials on identifying victims of "
								+ "trafficking, joint investigations and the protection of witnesses.",
						null, "Rabat, Hotel Sofitel Jardin des Roses", start, start.plusDays(1), "Africa/Casablanca",
						null, new BigDecimal("18500.00"), "EUR"));
		Session day1 = this.events.addSession(coord, group.id(), "Day 1: identifying victims", start,
				LocalTime.of(9, 0), LocalTime.of(17, 0));
		Session day2 = this.events.addSession(coord, group.id(), "Day 2: joint investigations", start.plusDays(1),
				LocalTime.of(9, 0), LocalTime.of(13, 0));
		List<Long> all = new ArrayList<>();
		String[][] participants = {
				{ "Karim El Idrissi", "Direction Générale de la Sûreté Nationale", "MA", "MALE", "fr" },
				{ "Salma Bennani", "Présidence du Ministère Public", "MA", "FEMALE", "fr" },
				{ "Ousmane Ndiaye", "Police nationale du Sénégal", "SN", "MALE", "fr" },
				{ "Awa Sarr", "Cellule nationale de lutte contre la traite", "SN", "FEMALE", "fr" },
				{ "Layla Haddad", "Public Security Directorate", "JO", "FEMALE", "ar" },
				{ "Omar Khalil", "Public Security Directorate", "JO", "MALE", "ar" }, { "Claire Martin",
						"Office central pour la répression de la traite des êtres humains", "FR", "FEMALE", "fr" } };
		for (String[] p : participants) {
			all.add(this.registrations
				.registerExternal(coord, group.id(), new Participant.Details(p[0], null, p[1], p[2], p[3], p[4]))
				.id());
		}
		this.attendance.record(coord, group.id(), day1.id(), all);
		this.attendance.record(coord, group.id(), day2.id(), all.subList(0, all.size() - 2));
		group = this.events.moveTo(coord, group.id(), group.version(), EventStatus.CLOSED);
		this.events.moveTo(coord, group.id(), group.version(), EventStatus.HELD);
	}

	private Event training(Actor coord, long unitId, LocalDate start) {
		Event training = this.events.create(coord, unitId,
				new EventDraft(EventKind.TRAINING, "Financial investigation of trafficking networks",
						"Two-day course: following the money of trafficking networks, cooperation with financial "
								+ "intelligence units.",
						null, "Dakar, Police training school", start, start.plusDays(1), "Africa/Dakar", 4,
						new BigDecimal("9200.00"), "EUR"));
		training = this.events.moveTo(coord, training.id(), training.version(), EventStatus.OPEN);
		Session morning = this.events.addSession(coord, training.id(), "Following the money", start, LocalTime.of(9, 0),
				LocalTime.of(12, 30));
		String[][] trainees = { { "Fatou Diagne", "SN", "FEMALE" }, { "Mamadou Ba", "SN", "MALE" },
				{ "Youssef Alaoui", "MA", "MALE" }, { "Rania Nasser", "JO", "FEMALE" },
				{ "Julien Moreau", "FR", "MALE" }, { "Nour Saleh", "JO", "FEMALE" } };
		List<Participant> registered = new ArrayList<>();
		for (String[] t : trainees) {
			registered.add(this.registrations.registerExternal(coord, training.id(),
					new Participant.Details(t[0], null, "National police", t[1], t[2], "fr")));
		}
		this.registrations.cancel(coord, registered.get(1).id());
		List<Long> present = this.registrations.participants(coord, training.id())
			.stream()
			.filter(p -> p.status() == Participant.Status.REGISTERED)
			.map(Participant::id)
			.toList();
		this.attendance.record(coord, training.id(), morning.id(), present);
		EventEvaluations.Question useful = this.evaluations.addQuestion(coord, training.id(),
				EventEvaluations.Kind.RATING, "How useful was the course for your work?");
		EventEvaluations.Question trainers = this.evaluations.addQuestion(coord, training.id(),
				EventEvaluations.Kind.RATING, "How clear were the trainers?");
		EventEvaluations.Question comments = this.evaluations.addQuestion(coord, training.id(),
				EventEvaluations.Kind.TEXT, "What should the next course cover?");
		int[][] ratings = { { 5, 4 }, { 4, 4 }, { 5, 5 } };
		String[] texts = { "Cryptocurrency tracing", "More case studies from West Africa", "" };
		for (int i = 0; i < ratings.length && i < present.size(); i++) {
			this.evaluations.answer(coord, present.get(i),
					Map.of(useful.id(), ratings[i][0], trainers.id(), ratings[i][1]), Map.of(comments.id(), texts[i]));
		}
		return training;
	}

	private void assessment(Actor coord, long unitId, Event training) {
		NeedsCampaign campaign = this.needs.create(coord, unitId, "Training needs 2027", LocalDate.now().plusDays(30),
				List.of("Financial investigation", "Interviewing victims of trafficking", "Digital evidence",
						"International cooperation (Interpol notices)"));
		List<NeedsTopic> topics = this.needs.topics(campaign.id());
		this.needs.respond(coord, campaign.id(),
				Map.of(topics.get(0).id(), 3, topics.get(1).id(), 2, topics.get(2).id(), 3, topics.get(3).id(), 1));
		NeedsTopic first = topics.get(0);
		this.needs.followUp(coord, first.id(), first.version(), NeedsTopic.FollowUp.PLANNED, training.id(),
				"Course planned in Dakar");
	}

}

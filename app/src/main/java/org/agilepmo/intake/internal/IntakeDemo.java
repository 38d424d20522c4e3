package org.agilepmo.intake.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.identity.ActingAs;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.DemoContribution;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo intake: concept notes from the units at several points of their way, submitted by
 * the people who would write them, and scored and decided by the PMO, so that the ranking
 * and the comparison have something to show.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("pmo.demo.enabled")
class IntakeDemo implements DemoContribution {

	private final ConceptNoteService notes;

	private final ScoringModel model;

	private final ActingAs actingAs;

	private final People people;

	IntakeDemo(ConceptNoteService notes, ScoringModel model, ActingAs actingAs, People people) {
		this.notes = notes;
		this.model = model;
		this.actingAs = actingAs;
		this.people = people;
	}

	@Override
	public void write() {
		Actor pmo = CurrentActor.require();
		NoteView drones = submit("unit.coord",
				draft("Drones for search and rescue", "Search parties cover too little ground at night.",
						"Find missing people faster.", 180_000, 120, Urgency.HIGH, Classification.RESTRICTED,
						"Public safety"));
		NoteView fines = submit("business.owner",
				draft("Online payment of traffic fines", "Citizens queue at stations to pay fines.",
						"Pay fines online in two minutes.", 90_000, 200, Urgency.MEDIUM, Classification.PUBLIC,
						"Digital government"));
		NoteView archive = submit("unit.coord",
				draft("Scanning the paper case archive", "Paper files are lost and slow to find.",
						"Every closed case searchable.", 400_000, 900, Urgency.LOW, Classification.RESTRICTED,
						"Digital government"));
		NoteView chatbot = submit("business.owner",
				draft("Chatbot for visa questions", "The call centre answers the same questions all day.",
						"Answer 60 % of questions automatically.", 60_000, 80, Urgency.MEDIUM, Classification.PUBLIC,
						"Digital government"));

		int next = java.time.Year.now(java.time.ZoneOffset.UTC).getValue() + 1;
		assessed(pmo, fines,
				List.of(cost(CostCategory.CONSULTANCY, CostKind.ONE_OFF, 70_000, "Integration"),
						cost(CostCategory.HOSTING, CostKind.RECURRING, 12_000, "Payment gateway fees")),
				List.of(days("Java developer", next + "-02", 40), days("Business analyst", next + "-01", 15)),
				List.of());
		assessed(pmo, drones,
				List.of(cost(CostCategory.HARDWARE, CostKind.ONE_OFF, 140_000, "Six drones"),
						cost(CostCategory.TRAINING, CostKind.ONE_OFF, 20_000, "Pilot licences"),
						cost(CostCategory.OPERATIONS_SUPPORT, CostKind.RECURRING, 25_000, "Maintenance")),
				List.of(days("Drone pilot", next + "-04", 60), days("Java developer", next + "-05", 25)), List.of());
		scored(pmo, fines, 8, "Quick win, the payment gateway exists");
		scored(pmo, drones, 7, "Strong case; pilot with one unit first");
		NoteView scoredArchive = scored(pmo, archive, 3, null);
		this.notes.decide(pmo, scoredArchive.id(), scoredArchive.version(), NoteStatus.DEFERRED,
				"No budget this year; revisit with the donor programme", null, null);
		NoteView current = this.notes.get(pmo, chatbot.id());
		this.notes.decide(pmo, current.id(), current.version(), NoteStatus.REJECTED,
				"The visa service is moving to the foreign ministry's platform", null, null);
		NoteView cameras = submit("unit.coord",
				draft("Body-worn cameras for patrol officers", "Complaints against patrols are hard to settle.",
						"Evidence for every intervention, kept as the law requires.", 250_000, 300, Urgency.MEDIUM,
						Classification.RESTRICTED, "Public safety"));
		for (String assessor : List.of("architect", "auditor")) {
			Long id = this.people.findByUsername(assessor).map(PersonSummary::id).orElse(null);
			if (id != null) {
				NoteView now = this.notes.get(pmo, cameras.id());
				this.notes.addAssessor(pmo, now.id(), now.version(), id);
			}
		}
	}

	/**
	 * An assessment with costs and resources, so that the prioritisation page has
	 * something to weigh.
	 */
	private void assessed(Actor pmo, NoteView note, List<CostLine> costs, List<ResourceEstimate> resources,
			List<Long> requires) {
		NoteView current = this.notes.get(pmo, note.id());
		current = this.notes.decide(pmo, current.id(), current.version(), NoteStatus.IN_ASSESSMENT,
				"Complete enough to assess", null, null);
		this.notes.assess(pmo, current.id(), current.version(),
				new AssessmentDraft(costs, Feasibility.HIGH, List.of(), "Office hours", resources,
						org.agilepmo.portfolio.Methodology.SCRUM, ArbOpinion.FAVOURABLE, null, null, requires,
						List.of()));
	}

	private static CostLine cost(CostCategory category, CostKind kind, long amount, String what) {
		return new CostLine(category, kind, java.math.BigDecimal.valueOf(amount), what);
	}

	private static ResourceEstimate days(String skill, String month, int days) {
		return new ResourceEstimate(skill, month, java.math.BigDecimal.valueOf(days));
	}

	private NoteView scored(Actor pmo, NoteView note, int outOfTen, String recommendation) {
		NoteView current = this.notes.get(pmo, note.id());
		if (current.note().status() == NoteStatus.SUBMITTED) {
			current = this.notes.decide(pmo, current.id(), current.version(), NoteStatus.IN_ASSESSMENT,
					"Complete enough to assess", null, null);
		}
		Map<Long, Integer> scores = new HashMap<>();
		int shift = 0;
		for (ScoringCriterion c : this.model.criteria()) {
			int tenth = Math.max(0, Math.min(10, outOfTen + (shift++ % 3) - 1));
			scores.put(c.id(), c.scaleMin() + (c.scaleMax() - c.scaleMin()) * tenth / 10);
		}
		current = this.notes.score(pmo, current.id(), current.version(), scores);
		if (recommendation != null) {
			current = this.notes.decide(pmo, current.id(), current.version(), NoteStatus.RECOMMENDED, recommendation,
					null, null);
		}
		return current;
	}

	private NoteView submit(String username, NoteDraft draft) {
		NoteView[] made = new NoteView[1];
		this.actingAs.run(username, () -> made[0] = this.notes.submit(CurrentActor.require(), draft));
		return made[0];
	}

	private NoteDraft draft(String title, String problem, String objectives, long cost, long effortDays,
			Urgency urgency, Classification classification, String objective) {
		Long owner = this.people.findByUsername("business.owner").map(PersonSummary::id).orElse(null);
		return new NoteDraft(title, problem, objectives, owner, objectives, "Pilot, then rollout.",
				BigDecimal.valueOf(cost), "EUR", BigDecimal.valueOf(effortDays), urgency, classification,
				List.of(objective), List.of());
	}

}

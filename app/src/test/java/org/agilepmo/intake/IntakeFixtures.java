package org.agilepmo.intake;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.intake.internal.ConceptNoteService;
import org.agilepmo.intake.internal.IntakeScene;
import org.agilepmo.intake.internal.NoteDraft;
import org.agilepmo.intake.internal.NoteStatus;
import org.agilepmo.intake.internal.NoteView;
import org.agilepmo.intake.internal.ScoringCriterion;
import org.agilepmo.intake.internal.ScoringModel;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;

import org.springframework.boot.test.context.TestComponent;

/**
 * The intake module's public test support: concept notes submitted, assessed and scored
 * through the module's own services, answered as plain references, so that other modules'
 * tests need none of the module's internals.
 */
@TestComponent
public class IntakeFixtures {

	/** A concept note's id and version (for If-Match). */
	public record NoteRef(long id, long version) {
	}

	/** A scoring criterion as the API edits it. */
	public record CriterionRef(long id, String name, BigDecimal weight, int scaleMin, int scaleMax,
			boolean lowerIsBetter, long version) {
	}

	private final ConceptNoteService notes;

	private final ScoringModel model;

	IntakeFixtures(ConceptNoteService notes, ScoringModel model) {
		this.notes = notes;
		this.model = model;
	}

	/** A note on visa processing, submitted by the author. */
	public NoteRef submitted(PersonSummary author, String title, Classification classification) {
		return ref(this.notes.submit(IdentityFixtures.actor(author), IntakeScene.note(title, classification)));
	}

	/**
	 * A public note in the given currency, submitted by the member, then assessed and
	 * scored by the PMO officer: a share of 1 gives every criterion its best score, 0 its
	 * worst.
	 */
	public NoteRef assessedAndScored(PersonSummary member, PersonSummary pmo, String title, String currency,
			double share) {
		Actor officer = IdentityFixtures.actor(pmo);
		NoteDraft d = IntakeScene.note(title, Classification.PUBLIC);
		NoteDraft inCurrency = new NoteDraft(d.title(), d.problem(), d.objectives(), d.businessOwnerId(),
				d.expectedBenefits(), d.scope(), d.roughCost(), currency, d.roughEffortDays(), d.urgency(),
				d.classification(), d.strategicObjectives(), d.attachments());
		NoteView note = this.notes.submit(IdentityFixtures.actor(member), inCurrency);
		note = this.notes.decide(officer, note.id(), note.version(), NoteStatus.IN_ASSESSMENT, "Look", null, null);
		note = this.notes.assess(officer, note.id(), note.version(), IntakeScene.assessment());
		Map<Long, Integer> scores = new HashMap<>();
		this.model.active().forEach((id, c) -> {
			int best = c.lowerIsBetter() ? c.scaleMin() : c.scaleMax();
			int worst = c.lowerIsBetter() ? c.scaleMax() : c.scaleMin();
			scores.put(id, (int) Math.round(worst + (best - worst) * share));
		});
		return ref(this.notes.score(officer, note.id(), note.version(), scores));
	}

	/** The scoring model's first criterion. */
	public CriterionRef firstCriterion() {
		ScoringCriterion c = this.model.criteria().get(0);
		return new CriterionRef(c.id(), c.name(), c.weight(), c.scaleMin(), c.scaleMax(), c.lowerIsBetter(),
				c.version());
	}

	private static NoteRef ref(NoteView note) {
		return new NoteRef(note.id(), note.version());
	}

}

package org.agilepmo.intake.internal;

import java.util.List;
import java.util.Map;

/**
 * A concept note as a person sees it: the note (its collections loaded), its score and
 * cost totals, the names of the people it mentions, and what the person may do with it.
 */
public record NoteView(ConceptNote note, WeightedScoring.Score score, CostEvaluation costs, Map<Long, String> names,
		boolean mayRevise, boolean mayAssess, boolean mayAssign, List<NoteStatus> decisionsAllowed) {

	public String nameOf(Long personId) {
		return personId == null ? null : this.names.getOrDefault(personId, "#" + personId);
	}

	public long id() {
		return this.note.id();
	}

	public long version() {
		return this.note.version();
	}

}

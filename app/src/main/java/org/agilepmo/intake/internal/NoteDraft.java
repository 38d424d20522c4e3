package org.agilepmo.intake.internal;

import java.math.BigDecimal;
import java.util.List;

import org.agilepmo.shared.Classification;

/** Everything a submitter states in a concept note. */
public record NoteDraft(String title, String problem, String objectives, Long businessOwnerId, String expectedBenefits,
		String scope, BigDecimal roughCost, String currency, BigDecimal roughEffortDays, Urgency urgency,
		Classification classification, List<String> strategicObjectives, List<Attachment> attachments) {

	public NoteDraft {
		strategicObjectives = strategicObjectives == null ? List.of()
				: strategicObjectives.stream().filter(o -> o != null && !o.isBlank()).map(String::strip).toList();
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

}

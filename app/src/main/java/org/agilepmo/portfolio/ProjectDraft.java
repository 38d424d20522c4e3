package org.agilepmo.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.agilepmo.shared.Classification;

/**
 * Everything a person states about a project when proposing or revising it (its stage,
 * members and history change through their own intents).
 */
public record ProjectDraft(String code, String name, String description, ProjectType type, Methodology methodology,
		Classification classification, Long portfolioId, Long programmeId, Long sponsorId, Long businessOwnerId,
		Long projectManagerId, Set<Long> squadIds, LocalDate plannedStart, LocalDate plannedFinish, Health health,
		String healthReason, List<String> tags) {

	public ProjectDraft {
		squadIds = squadIds == null ? Set.of() : Set.copyOf(squadIds);
		tags = tags == null ? List.of() : tags.stream().filter(t -> t != null).toList();
	}

}

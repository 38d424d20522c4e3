package org.agilepmo.portfolio.internal;

import org.agilepmo.portfolio.ProjectDraft;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.Methodology;
import org.agilepmo.portfolio.ProjectType;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.Classification;

/**
 * A project as one reader sees it: its fields, the names that go with its ids, its
 * members, the stages it may move to, and whether the reader may change it.
 */
public record ProjectView(long id, String code, String name, String description, ProjectType type,
		Methodology methodology, Stage stage, Classification classification, long portfolioId, String portfolioName,
		Long programmeId, String programmeName, Long sponsorId, Long businessOwnerId, Long projectManagerId,
		Set<Long> squadIds, LocalDate plannedStart, LocalDate plannedFinish, Health health, String healthReason,
		Set<String> tags, long version, Instant createdAt, Instant updatedAt, List<Stage> allowedNextStages,
		List<MemberView> members, Map<Long, String> names, Map<Long, String> squadNames, boolean mayEdit) {

	/** The name of a person or squad named by the project; the id when unknown. */
	public String nameOf(Long id) {
		if (id == null) {
			return "";
		}
		String name = this.names.get(id);
		return name == null ? "#" + id : name;
	}

	public String squadName(Long id) {
		String name = this.squadNames.get(id);
		return name == null ? "#" + id : name;
	}

	/** The draft that states this project as it is, to be changed and revised. */
	public ProjectDraft toDraft() {
		return new ProjectDraft(this.code, this.name, this.description, this.type, this.methodology,
				this.classification, this.portfolioId, this.programmeId, this.sponsorId, this.businessOwnerId,
				this.projectManagerId, this.squadIds, this.plannedStart, this.plannedFinish, this.health,
				this.healthReason, new ArrayList<>(this.tags));
	}

	/**
	 * One role of one member; {@code followsField} when the role comes from the project's
	 * manager, sponsor or business owner field.
	 */
	public record MemberView(long personId, String name, org.agilepmo.portfolio.ProjectRole role,
			boolean followsField) {
	}

}

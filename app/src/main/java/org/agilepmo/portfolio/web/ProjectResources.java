package org.agilepmo.portfolio.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.Methodology;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.portfolio.ProjectType;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.portfolio.ProjectDraft;
import org.agilepmo.portfolio.internal.ProjectView;
import org.agilepmo.portfolio.internal.StageChangeView;
import org.agilepmo.shared.Classification;

/** The JSON shapes of the project API. */
final class ProjectResources {

	static final String CODE = "[A-Z0-9-]{2,20}";

	private ProjectResources() {
	}

	@Schema(name = "Project", description = "A project as the caller may see it")
	record ProjectResource(long id, String code, String name, String description, ProjectType type,
			Methodology methodology, Stage stage, Classification classification, long portfolioId, Long programmeId,
			Long sponsorId, Long businessOwnerId, Long projectManagerId, Set<Long> squadIds, LocalDate plannedStart,
			LocalDate plannedFinish, Health health, String healthReason, Set<String> tags, long version,
			Instant createdAt, Instant updatedAt,
			@Schema(description = "The stages the project may move to next") List<Stage> allowedNextStages) {

		static ProjectResource of(ProjectView v) {
			return new ProjectResource(v.id(), v.code(), v.name(), v.description(), v.type(), v.methodology(),
					v.stage(), v.classification(), v.portfolioId(), v.programmeId(), v.sponsorId(), v.businessOwnerId(),
					v.projectManagerId(), v.squadIds(), v.plannedStart(), v.plannedFinish(), v.health(),
					v.healthReason(), v.tags(), v.version(), v.createdAt(), v.updatedAt(), v.allowedNextStages());
		}

	}

	@Schema(name = "NewProject", description = "A project to create; it starts in the CONCEPT stage")
	record NewProject(@NotBlank @Pattern(regexp = CODE) String code, @NotBlank @Size(max = 200) String name,
			@Size(max = 4000) String description, @NotNull ProjectType type,
			@Schema(description = "SCRUM when left out") Methodology methodology,
			@NotNull Classification classification, @NotNull Long portfolioId, Long programmeId, Long sponsorId,
			Long businessOwnerId, Long projectManagerId, Set<Long> squadIds, LocalDate plannedStart,
			LocalDate plannedFinish, @Schema(description = "GREEN when left out") Health health,
			@Size(max = 1000) String healthReason,
			@Schema(description = "Lower-cased and deduplicated; at most 20") List<@Size(max = 40) String> tags) {

		ProjectDraft toDraft() {
			return new ProjectDraft(this.code, this.name, this.description, this.type, this.methodology,
					this.classification, this.portfolioId, this.programmeId, this.sponsorId, this.businessOwnerId,
					this.projectManagerId, this.squadIds, this.plannedStart, this.plannedFinish, this.health,
					this.healthReason, this.tags);
		}

	}

	@Schema(name = "StageChangeRequest")
	record StageRequest(@NotNull Stage stage, @NotBlank @Size(max = 1000) String reason) {
	}

	@Schema(name = "HealthRequest")
	record HealthRequest(@NotNull Health health, @Size(max = 1000) String reason) {
	}

	@Schema(name = "StageChange")
	record StageChangeResource(Stage from, Stage to, String reason, Long changedBy, String changedByName,
			Instant changedAt) {

		static StageChangeResource of(StageChangeView v) {
			return new StageChangeResource(v.from(), v.to(), v.reason(), v.changedBy(), v.changedByName(),
					v.changedAt());
		}

	}

	@Schema(name = "ProjectMember",
			description = "One role of one person; followsField when it comes from the manager, sponsor or business owner field")
	record MemberResource(long personId, String name, ProjectRole role, boolean followsField) {

		static List<MemberResource> of(ProjectView v) {
			return v.members()
				.stream()
				.map(m -> new MemberResource(m.personId(), m.name(), m.role(), m.followsField()))
				.toList();
		}

	}

	@Schema(name = "ProjectMemberRequest")
	record MemberRequest(@NotNull ProjectRole role) {
	}

}

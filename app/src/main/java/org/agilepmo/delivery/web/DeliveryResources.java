package org.agilepmo.delivery.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.agilepmo.delivery.internal.BoardMode;
import org.agilepmo.delivery.internal.Category;
import org.agilepmo.delivery.internal.ItemDraft;
import org.agilepmo.delivery.internal.ItemType;

/** The request bodies of the delivery API. */
final class DeliveryResources {

	private DeliveryResources() {
	}

	record NewItem(@NotNull ItemType type, @NotBlank @Size(max = 300) String title,
			@Size(max = 8000) String description, @Size(max = 8000) String acceptanceCriteria,
			@Min(0) @Max(1000) Integer storyPoints, Long parentId, Long projectId, @Size(max = 100) String milestoneRef,
			@Size(max = 40) String externalKey, Long releaseId, Set<@Size(max = 60) String> labels, Long assigneeId) {

		ItemDraft toDraft() {
			return new ItemDraft(this.type, this.title, this.description, this.acceptanceCriteria, this.storyPoints,
					this.parentId, this.projectId, this.milestoneRef, this.externalKey, this.releaseId, this.labels,
					this.assigneeId);
		}

	}

	/**
	 * Where to put an item in the backlog: right after {@code afterId}, or first when
	 * null.
	 */
	record RankRequest(Long afterId) {
	}

	record ColumnMove(@NotNull Long columnId) {
	}

	/** The sprint to plan the item into; null takes it back to the backlog. */
	record SprintAssignment(Long sprintId) {
	}

	record CheckRequest(@NotNull Boolean checked) {
	}

	record SettingsRequest(@NotNull BoardMode mode, List<@Size(max = 300) String> definitionOfReady,
			List<@Size(max = 300) String> definitionOfDone, @Min(1) @Max(12) Integer velocityWindow) {
	}

	record NewColumn(@NotBlank @Size(max = 60) String name, @NotNull Category category, @Min(1) Integer wipLimit) {
	}

	record ColumnPatch(@Size(max = 60) String name, Category category, @Min(1) Integer wipLimit, Boolean clearWipLimit,
			@Min(0) Integer position) {
	}

	record NewSprint(@NotBlank @Size(max = 100) String name, @Size(max = 1000) String goal,
			@NotNull LocalDate startDate, @NotNull LocalDate endDate) {
	}

	record SprintPatch(@Size(max = 100) String name, @Size(max = 1000) String goal, LocalDate startDate,
			LocalDate endDate) {
	}

	record AvailabilityRequest(@NotNull @DecimalMin("0") @DecimalMax("42") BigDecimal days) {
	}

	record ReviewRequest(@Size(max = 4000) String shown, @Size(max = 4000) String feedback, Set<Long> acceptedItems) {
	}

	record RetrospectiveRequest(@Size(max = 4000) String wentWell, @Size(max = 4000) String toImprove) {
	}

	record NewAction(@NotBlank @Size(max = 1000) String text, Long ownerId, LocalDate dueDate) {
	}

	record ActionPatch(@Size(max = 1000) String text, Long ownerId, LocalDate dueDate, Boolean done) {
	}

	record NewRelease(@NotBlank @Size(max = 100) String name, @Size(max = 2000) String description,
			LocalDate targetDate) {
	}

	record ReleasePatch(@Size(max = 100) String name, @Size(max = 2000) String description, LocalDate targetDate) {
	}

}

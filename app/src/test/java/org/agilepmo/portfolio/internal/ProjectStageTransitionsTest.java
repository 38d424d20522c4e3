package org.agilepmo.portfolio.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.agilepmo.portfolio.ProjectStageChanged;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.test.util.ReflectionTestUtils;

import static org.agilepmo.portfolio.Stage.CANCELLED;
import static org.agilepmo.portfolio.Stage.CLOSED;
import static org.agilepmo.portfolio.Stage.CONCEPT;
import static org.agilepmo.portfolio.Stage.EXECUTION;
import static org.agilepmo.portfolio.Stage.GO_LIVE;
import static org.agilepmo.portfolio.Stage.ON_HOLD;
import static org.agilepmo.portfolio.Stage.PLANNING;
import static org.agilepmo.portfolio.Stage.SCOPING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A project moves through its lifecycle one step at a time: every pair of stages is
 * either allowed (and recorded with its reason) or refused on the field {@code stage}
 * without any change.
 */
class ProjectStageTransitionsTest {

	static final Actor PM = new Actor(7, "pm", "Pat Manager", ScreeningLevel.ENHANCED, Set.of(GlobalRole.MEMBER));

	/** The allowed moves, as the lifecycle states them; everything else is refused. */
	static final List<Stage[]> ALLOWED = List.of(new Stage[] { CONCEPT, SCOPING }, new Stage[] { SCOPING, PLANNING },
			new Stage[] { PLANNING, EXECUTION }, new Stage[] { EXECUTION, GO_LIVE }, new Stage[] { GO_LIVE, CLOSED },
			new Stage[] { SCOPING, CONCEPT }, new Stage[] { PLANNING, SCOPING }, new Stage[] { EXECUTION, PLANNING },
			new Stage[] { GO_LIVE, EXECUTION }, new Stage[] { CONCEPT, ON_HOLD }, new Stage[] { SCOPING, ON_HOLD },
			new Stage[] { PLANNING, ON_HOLD }, new Stage[] { EXECUTION, ON_HOLD }, new Stage[] { GO_LIVE, ON_HOLD },
			new Stage[] { CONCEPT, CANCELLED }, new Stage[] { SCOPING, CANCELLED }, new Stage[] { PLANNING, CANCELLED },
			new Stage[] { EXECUTION, CANCELLED }, new Stage[] { GO_LIVE, CANCELLED },
			new Stage[] { ON_HOLD, CANCELLED });

	static Stream<Arguments> allowed() {
		return ALLOWED.stream().map(pair -> Arguments.of(pair[0], pair[1]));
	}

	static Stream<Arguments> refused() {
		List<Arguments> refused = new ArrayList<>();
		for (Stage from : Stage.values()) {
			if (from == ON_HOLD) {
				continue;
			}
			for (Stage to : Stage.values()) {
				boolean allowed = ALLOWED.stream().anyMatch(p -> p[0] == from && p[1] == to);
				if (!allowed) {
					refused.add(Arguments.of(from, to));
				}
			}
		}
		return refused.stream();
	}

	@ParameterizedTest(name = "{0} -> {1} is allowed")
	@MethodSource("allowed")
	void anAllowedMoveChangesTheStageAndRecordsWhy(Stage from, Stage to) {
		Project project = projectIn(from == ON_HOLD ? EXECUTION : from, from == ON_HOLD);
		int historyBefore = project.stageHistory().size();

		ProjectStageChanged event = project.advanceTo(to, "because the board decided", PM);

		assertThat(project.stage()).isEqualTo(to);
		assertThat(project.stageHistory()).hasSize(historyBefore + 1);
		StageChange row = project.stageHistory().get(historyBefore);
		assertThat(row.from()).isEqualTo(from);
		assertThat(row.to()).isEqualTo(to);
		assertThat(row.reason()).isEqualTo("because the board decided");
		assertThat(row.changedBy()).isEqualTo(PM.id());
		assertThat(row.changedAt()).isNotNull();
		assertThat(event.from()).isEqualTo(from);
		assertThat(event.to()).isEqualTo(to);
		assertThat(event.reason()).isEqualTo("because the board decided");
	}

	@ParameterizedTest(name = "{0} -> {1} is refused")
	@MethodSource("refused")
	void aMoveTheLifecycleDoesNotAllowIsRefusedOnTheStageField(Stage from, Stage to) {
		Project project = projectIn(from, false);
		int historyBefore = project.stageHistory().size();

		assertThatThrownBy(() -> project.advanceTo(to, "let us try", PM)).isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).field())
			.isEqualTo("stage");
		assertThat(project.stage()).isEqualTo(from);
		assertThat(project.stageHistory()).hasSize(historyBefore);
	}

	@ParameterizedTest(name = "held in {0}, it resumes only in {0}")
	@ValueSource(strings = { "CONCEPT", "SCOPING", "PLANNING", "EXECUTION", "GO_LIVE" })
	void aProjectOnHoldResumesOnlyInTheStageItWasHeldIn(Stage heldIn) {
		Project project = projectIn(heldIn, true);

		assertThat(project.allowedNextStages()).containsExactlyInAnyOrder(heldIn, CANCELLED);
		for (Stage other : EnumSet.complementOf(EnumSet.of(heldIn, CANCELLED))) {
			assertThatThrownBy(() -> project.advanceTo(other, "resume elsewhere", PM))
				.isInstanceOf(RuleViolationException.class);
		}
		project.advanceTo(heldIn, "the funding arrived", PM);
		assertThat(project.stage()).isEqualTo(heldIn);
	}

	@ParameterizedTest(name = "reason \"{0}\" is refused")
	@ValueSource(strings = { "", "   " })
	void aStageChangeNeedsAReason(String reason) {
		Project project = projectIn(CONCEPT, false);

		assertThatThrownBy(() -> project.advanceTo(SCOPING, reason, PM)).isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).field())
			.isEqualTo("reason");
		assertThat(project.stage()).isEqualTo(CONCEPT);
	}

	@Test
	void aMissingOrOverlongReasonIsRefused() {
		Project project = projectIn(CONCEPT, false);

		assertThatThrownBy(() -> project.advanceTo(SCOPING, null, PM)).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> project.advanceTo(SCOPING, "x".repeat(1001), PM))
			.isInstanceOf(RuleViolationException.class);
		project.advanceTo(SCOPING, "x".repeat(1000), PM);
		assertThat(project.stage()).isEqualTo(SCOPING);
	}

	@Test
	void closedAndCancelledAreFinal() {
		assertThat(projectIn(CLOSED, false).allowedNextStages()).isEmpty();
		assertThat(projectIn(CANCELLED, false).allowedNextStages()).isEmpty();
	}

	/**
	 * A project brought to the stage along the lifecycle, optionally put on hold there.
	 */
	static Project projectIn(Stage stage, boolean onHold) {
		Project project = Project.propose(PortfolioScene.draft(1L, Classification.PUBLIC));
		ReflectionTestUtils.setField(project, "id", 1L);
		List<Stage> path = switch (stage) {
			case CONCEPT -> List.of();
			case SCOPING -> List.of(SCOPING);
			case PLANNING -> List.of(SCOPING, PLANNING);
			case EXECUTION -> List.of(SCOPING, PLANNING, EXECUTION);
			case GO_LIVE -> List.of(SCOPING, PLANNING, EXECUTION, GO_LIVE);
			case CLOSED -> List.of(SCOPING, PLANNING, EXECUTION, GO_LIVE, CLOSED);
			case CANCELLED -> List.of(CANCELLED);
			case ON_HOLD -> List.of(ON_HOLD);
		};
		for (Stage step : path) {
			project.advanceTo(step, "on the way", PM);
		}
		if (onHold) {
			project.advanceTo(ON_HOLD, "waiting for funds", PM);
		}
		return project;
	}

}

package org.agilepmo.intake.internal;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision flow of a concept note: which status may follow which. */
class NoteDecisionFlowTest {

	@ParameterizedTest
	@CsvSource({ "SUBMITTED,IN_ASSESSMENT", "SUBMITTED,REJECTED", "SUBMITTED,DEFERRED", "IN_ASSESSMENT,RECOMMENDED",
			"IN_ASSESSMENT,REJECTED", "IN_ASSESSMENT,DEFERRED", "RECOMMENDED,APPROVED", "RECOMMENDED,IN_ASSESSMENT",
			"RECOMMENDED,REJECTED", "RECOMMENDED,DEFERRED", "DEFERRED,IN_ASSESSMENT", "DEFERRED,REJECTED" })
	void allowedMoves(NoteStatus from, NoteStatus to) {
		assertThat(from.mayMoveTo(to)).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "SUBMITTED,APPROVED", "SUBMITTED,RECOMMENDED", "IN_ASSESSMENT,APPROVED", "DEFERRED,APPROVED",
			"APPROVED,REJECTED", "REJECTED,IN_ASSESSMENT", "APPROVED,DEFERRED", "SUBMITTED,SUBMITTED" })
	void refusedMoves(NoteStatus from, NoteStatus to) {
		assertThat(from.mayMoveTo(to)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(NoteStatus.class)
	void approvalOnlyFollowsARecommendation(NoteStatus from) {
		assertThat(from.mayMoveTo(NoteStatus.APPROVED)).isEqualTo(from == NoteStatus.RECOMMENDED);
	}

	@ParameterizedTest
	@EnumSource(value = NoteStatus.class, names = { "APPROVED", "REJECTED" })
	void approvedAndRejectedAreFinal(NoteStatus status) {
		assertThat(status.next()).isEmpty();
		assertThat(status.isOpenForAssessment()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(NoteStatus.class)
	void onlyApprovalRejectionAndDeferralNeedThePmo(NoteStatus status) {
		Set<NoteStatus> pmo = EnumSet.of(NoteStatus.APPROVED, NoteStatus.REJECTED, NoteStatus.DEFERRED);
		assertThat(status.needsPmo()).isEqualTo(pmo.contains(status));
	}

}

package org.agilepmo.intake.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.agilepmo.portfolio.Methodology;
import org.agilepmo.portfolio.ProjectType;
import org.agilepmo.shared.Classification;

/** Drafts the intake tests share. */
public final class IntakeScene {

	private IntakeScene() {
	}

	public static NoteDraft note(String title, Classification classification) {
		return new NoteDraft(title, "Visa requests are handled on paper", "Halve the processing time", null,
				"Faster visas for delegates", "Online form and back-office", new BigDecimal("250000"), "EUR",
				new BigDecimal("400"), Urgency.HIGH, classification, List.of("Digital services"),
				List.of(new Attachment("Business case", "https://docs.example.org/visa-case")));
	}

	public static AssessmentDraft assessment() {
		return new AssessmentDraft(
				List.of(new CostLine(CostCategory.CONSULTANCY, CostKind.ONE_OFF, new BigDecimal("180000"), "build"),
						new CostLine(CostCategory.HOSTING, CostKind.RECURRING, new BigDecimal("24000"), "cloud")),
				Feasibility.HIGH,
				List.of(new InitialRisk("Identity provider not ready", 3, 4, "Start integration early")),
				"99.5 % in office hours",
				List.of(new ResourceEstimate("Java developer", "2027-01", new BigDecimal("40")),
						new ResourceEstimate("Business analyst", "2027-01", new BigDecimal("15"))),
				Methodology.SCRUM, ArbOpinion.FAVOURABLE, "Reuse the forms platform", "Worth doing");
	}

	public static ApprovalTerms terms(String code, long portfolioId) {
		return new ApprovalTerms(code, portfolioId, null, ProjectType.ICT, null, LocalDate.of(2027, 1, 4),
				LocalDate.of(2027, 9, 30));
	}

}

package org.agilepmo.portfolio;

import org.agilepmo.shared.Classification;

/** What other modules may know of a project they may see. */
public record ProjectSummary(long id, String code, String name, Classification classification, Stage stage,
		long portfolioId) {

}

package org.agilepmo.portfolio.internal;

import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.Methodology;
import org.agilepmo.portfolio.ProjectType;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.Classification;

/**
 * What a reader narrows a project list to; {@code null} matches everything. {@code q}
 * searches code, name and description, ignoring case.
 */
public record ProjectFilter(Long portfolioId, Long programmeId, Stage stage, ProjectType type, Methodology methodology,
		Classification classification, Health health, String tag, String q) {

	public static ProjectFilter none() {
		return new ProjectFilter(null, null, null, null, null, null, null, null, null);
	}

	public static ProjectFilter inPortfolio(long portfolioId) {
		return new ProjectFilter(portfolioId, null, null, null, null, null, null, null, null);
	}

}

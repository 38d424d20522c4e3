package org.agilepmo.portfolio.internal;

import java.time.Instant;

/** A programme as one reader sees it, with whether they may change it. */
public record ProgrammeView(long id, String code, String name, String description, long portfolioId,
		String portfolioName, Long managerId, String managerName, long version, Instant createdAt, Instant updatedAt,
		boolean mayEdit) {

}

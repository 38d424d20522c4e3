package org.agilepmo.portfolio.internal;

import java.time.Instant;
import java.util.List;

import org.agilepmo.portfolio.PortfolioRole;

/** A portfolio as one reader sees it, with what they may do with it. */
public record PortfolioView(long id, String code, String name, String description, long version, Instant createdAt,
		Instant updatedAt, List<Member> members, PortfolioRole myRole, boolean mayManage, boolean mayManageProgrammes,
		boolean mayCreateProjects) {

	/** A person's role on the portfolio. */
	public record Member(long personId, String name, PortfolioRole role) {
	}

}

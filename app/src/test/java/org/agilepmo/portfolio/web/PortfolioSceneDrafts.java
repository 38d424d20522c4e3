package org.agilepmo.portfolio.web;

import org.agilepmo.portfolio.ProjectDraft;

/** Small changes to a scene's project draft. */
final class PortfolioSceneDrafts {

	private PortfolioSceneDrafts() {
	}

	static ProjectDraft withManager(ProjectDraft d, Long managerId) {
		return new ProjectDraft(d.code(), d.name(), d.description(), d.type(), d.methodology(), d.classification(),
				d.portfolioId(), d.programmeId(), d.sponsorId(), d.businessOwnerId(), managerId, d.squadIds(),
				d.plannedStart(), d.plannedFinish(), d.health(), d.healthReason(), d.tags());
	}

	static ProjectDraft withPeople(ProjectDraft d, Long managerId, Long sponsorId, Long businessOwnerId) {
		return new ProjectDraft(d.code(), d.name(), d.description(), d.type(), d.methodology(), d.classification(),
				d.portfolioId(), d.programmeId(), sponsorId, businessOwnerId, managerId, d.squadIds(), d.plannedStart(),
				d.plannedFinish(), d.health(), d.healthReason(), d.tags());
	}

}

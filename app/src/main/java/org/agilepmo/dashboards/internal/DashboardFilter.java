package org.agilepmo.dashboards.internal;

import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.portfolio.Stage;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Which projects a portfolio or programme dashboard counts: one portfolio, one programme,
 * one stage, one health, or all the reader sees.
 */
public record DashboardFilter(Long portfolio, Long programme, Stage stage, Health health) {

	public static DashboardFilter none() {
		return new DashboardFilter(null, null, null, null);
	}

	boolean keeps(ProjectOverview p) {
		return (this.portfolio == null || p.portfolioId() == this.portfolio)
				&& (this.programme == null || this.programme.equals(p.programmeId()))
				&& (this.stage == null || p.stage() == this.stage)
				&& (this.health == null || p.health() == this.health);
	}

	DashboardFilter withProgramme(long programmeId) {
		return new DashboardFilter(this.portfolio, programmeId, this.stage, this.health);
	}

	/**
	 * The project list with these filters and one more (a stage or a health chosen on a
	 * chart): the list behind a bar.
	 */
	String projectList(Stage stage, Health health) {
		return UriComponentsBuilder.fromPath("/projects")
			.queryParamIfPresent("portfolio", java.util.Optional.ofNullable(this.portfolio))
			.queryParamIfPresent("programme", java.util.Optional.ofNullable(this.programme))
			.queryParamIfPresent("stage", java.util.Optional.ofNullable(stage != null ? stage : this.stage))
			.queryParamIfPresent("health", java.util.Optional.ofNullable(health != null ? health : this.health))
			.build()
			.toUriString();
	}

	/** The dashboard's own query string, for its CSV downloads. */
	public String query() {
		return UriComponentsBuilder.newInstance()
			.queryParamIfPresent("portfolio", java.util.Optional.ofNullable(this.portfolio))
			.queryParamIfPresent("programme", java.util.Optional.ofNullable(this.programme))
			.queryParamIfPresent("stage", java.util.Optional.ofNullable(this.stage))
			.queryParamIfPresent("health", java.util.Optional.ofNullable(this.health))
			.build()
			.toUriString();
	}

}

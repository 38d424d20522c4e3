package org.agilepmo.portfolio.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.agilepmo.portfolio.PortfolioRole;
import org.agilepmo.portfolio.PortfolioDraft;
import org.agilepmo.web.Patch;
import org.agilepmo.portfolio.internal.PortfolioView;
import org.agilepmo.portfolio.ProgrammeDraft;
import org.agilepmo.portfolio.internal.ProgrammeView;

/** The JSON shapes of the portfolio and programme API. */
final class PortfolioResources {

	private PortfolioResources() {
	}

	@Schema(name = "Portfolio")
	record PortfolioResource(long id, String code, String name, String description, long version, Instant createdAt,
			Instant updatedAt) {

		static PortfolioResource of(PortfolioView v) {
			return new PortfolioResource(v.id(), v.code(), v.name(), v.description(), v.version(), v.createdAt(),
					v.updatedAt());
		}

	}

	@Schema(name = "NewPortfolio")
	record NewPortfolio(@NotBlank @Pattern(regexp = ProjectResources.CODE) String code,
			@NotBlank @Size(max = 200) String name, @Size(max = 4000) String description) {

		PortfolioDraft toDraft() {
			return new PortfolioDraft(this.code, this.name, this.description);
		}

	}

	@Schema(name = "PortfolioMember")
	record PortfolioMemberResource(long personId, String name, PortfolioRole role) {

		static List<PortfolioMemberResource> of(PortfolioView v) {
			return v.members()
				.stream()
				.map(m -> new PortfolioMemberResource(m.personId(), m.name(), m.role()))
				.toList();
		}

	}

	@Schema(name = "PortfolioMemberRequest")
	record PortfolioMemberRequest(@NotNull PortfolioRole role) {
	}

	@Schema(name = "Programme")
	record ProgrammeResource(long id, String code, String name, String description, long portfolioId, Long managerId,
			long version, Instant createdAt, Instant updatedAt) {

		static ProgrammeResource of(ProgrammeView v) {
			return new ProgrammeResource(v.id(), v.code(), v.name(), v.description(), v.portfolioId(), v.managerId(),
					v.version(), v.createdAt(), v.updatedAt());
		}

	}

	@Schema(name = "NewProgramme")
	record NewProgramme(@NotNull Long portfolioId, @NotBlank @Pattern(regexp = ProjectResources.CODE) String code,
			@NotBlank @Size(max = 200) String name, @Size(max = 4000) String description, Long managerId) {

		ProgrammeDraft toDraft() {
			return new ProgrammeDraft(this.portfolioId, this.code, this.name, this.description, this.managerId);
		}

	}

	/** Changes to a portfolio: properties left out keep their value. */
	@Schema(name = "PortfolioPatch")
	public static class PortfolioPatch extends Patch<PortfolioDraft> {

		@Pattern(regexp = ProjectResources.CODE)
		private String code;

		@Size(max = 200)
		private String name;

		@Size(max = 4000)
		private String description;

		@Override
		public PortfolioDraft applyTo(PortfolioDraft v) {
			return new PortfolioDraft(pick("code", this.code, v.code()), pick("name", this.name, v.name()),
					pick("description", this.description, v.description()));
		}

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			mark("code");
			this.code = code;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			mark("name");
			this.name = name;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			mark("description");
			this.description = description;
		}

	}

	/** Changes to a programme: properties left out keep their value. */
	@Schema(name = "ProgrammePatch")
	public static class ProgrammePatch extends Patch<ProgrammeDraft> {

		@Pattern(regexp = ProjectResources.CODE)
		private String code;

		@Size(max = 200)
		private String name;

		@Size(max = 4000)
		private String description;

		private Long managerId;

		@Override
		public ProgrammeDraft applyTo(ProgrammeDraft v) {
			return new ProgrammeDraft(v.portfolioId(), pick("code", this.code, v.code()),
					pick("name", this.name, v.name()), pick("description", this.description, v.description()),
					pick("managerId", this.managerId, v.managerId()));
		}

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			mark("code");
			this.code = code;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			mark("name");
			this.name = name;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			mark("description");
			this.description = description;
		}

		public Long getManagerId() {
			return this.managerId;
		}

		public void setManagerId(Long managerId) {
			mark("managerId");
			this.managerId = managerId;
		}

	}

}

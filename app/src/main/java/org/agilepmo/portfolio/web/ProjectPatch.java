package org.agilepmo.portfolio.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.Methodology;
import org.agilepmo.portfolio.ProjectType;
import org.agilepmo.portfolio.ProjectDraft;
import org.agilepmo.shared.Classification;
import org.agilepmo.web.Patch;

/**
 * Changes to a project: properties left out keep their value, properties sent as
 * {@code null} are cleared (where the project allows it).
 */
@Schema(name = "ProjectPatch", description = "Only the properties sent are changed; null clears an optional one")
public class ProjectPatch extends Patch<ProjectDraft> {

	@Pattern(regexp = ProjectResources.CODE)
	private String code;

	@Size(max = 200)
	private String name;

	@Size(max = 4000)
	private String description;

	private ProjectType type;

	private Methodology methodology;

	private Classification classification;

	private Long portfolioId;

	private Long programmeId;

	private Long sponsorId;

	private Long businessOwnerId;

	private Long projectManagerId;

	private Set<Long> squadIds;

	private LocalDate plannedStart;

	private LocalDate plannedFinish;

	private Health health;

	@Size(max = 1000)
	private String healthReason;

	private List<@Size(max = 40) String> tags;

	@Override
	public ProjectDraft applyTo(ProjectDraft d) {
		return new ProjectDraft(pick("code", this.code, d.code()), pick("name", this.name, d.name()),
				pick("description", this.description, d.description()), pick("type", this.type, d.type()),
				pick("methodology", this.methodology, d.methodology()),
				pick("classification", this.classification, d.classification()),
				pick("portfolioId", this.portfolioId, d.portfolioId()),
				pick("programmeId", this.programmeId, d.programmeId()),
				pick("sponsorId", this.sponsorId, d.sponsorId()),
				pick("businessOwnerId", this.businessOwnerId, d.businessOwnerId()),
				pick("projectManagerId", this.projectManagerId, d.projectManagerId()),
				pick("squadIds", this.squadIds, d.squadIds()),
				pick("plannedStart", this.plannedStart, d.plannedStart()),
				pick("plannedFinish", this.plannedFinish, d.plannedFinish()), pick("health", this.health, d.health()),
				pick("healthReason", this.healthReason, d.healthReason()), pick("tags", this.tags, d.tags()));
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

	public ProjectType getType() {
		return this.type;
	}

	public void setType(ProjectType type) {
		mark("type");
		this.type = type;
	}

	public Methodology getMethodology() {
		return this.methodology;
	}

	public void setMethodology(Methodology methodology) {
		mark("methodology");
		this.methodology = methodology;
	}

	public Classification getClassification() {
		return this.classification;
	}

	public void setClassification(Classification classification) {
		mark("classification");
		this.classification = classification;
	}

	public Long getPortfolioId() {
		return this.portfolioId;
	}

	public void setPortfolioId(Long portfolioId) {
		mark("portfolioId");
		this.portfolioId = portfolioId;
	}

	public Long getProgrammeId() {
		return this.programmeId;
	}

	public void setProgrammeId(Long programmeId) {
		mark("programmeId");
		this.programmeId = programmeId;
	}

	public Long getSponsorId() {
		return this.sponsorId;
	}

	public void setSponsorId(Long sponsorId) {
		mark("sponsorId");
		this.sponsorId = sponsorId;
	}

	public Long getBusinessOwnerId() {
		return this.businessOwnerId;
	}

	public void setBusinessOwnerId(Long businessOwnerId) {
		mark("businessOwnerId");
		this.businessOwnerId = businessOwnerId;
	}

	public Long getProjectManagerId() {
		return this.projectManagerId;
	}

	public void setProjectManagerId(Long projectManagerId) {
		mark("projectManagerId");
		this.projectManagerId = projectManagerId;
	}

	public Set<Long> getSquadIds() {
		return this.squadIds;
	}

	public void setSquadIds(Set<Long> squadIds) {
		mark("squadIds");
		this.squadIds = squadIds;
	}

	public LocalDate getPlannedStart() {
		return this.plannedStart;
	}

	public void setPlannedStart(LocalDate plannedStart) {
		mark("plannedStart");
		this.plannedStart = plannedStart;
	}

	public LocalDate getPlannedFinish() {
		return this.plannedFinish;
	}

	public void setPlannedFinish(LocalDate plannedFinish) {
		mark("plannedFinish");
		this.plannedFinish = plannedFinish;
	}

	public Health getHealth() {
		return this.health;
	}

	public void setHealth(Health health) {
		mark("health");
		this.health = health;
	}

	public String getHealthReason() {
		return this.healthReason;
	}

	public void setHealthReason(String healthReason) {
		mark("healthReason");
		this.healthReason = healthReason;
	}

	public List<String> getTags() {
		return this.tags;
	}

	public void setTags(List<String> tags) {
		mark("tags");
		this.tags = tags;
	}

}

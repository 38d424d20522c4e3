package org.agilepmo.portfolio.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.Methodology;
import org.agilepmo.portfolio.ProjectType;
import org.agilepmo.portfolio.ProjectDraft;
import org.agilepmo.portfolio.internal.ProjectView;
import org.agilepmo.shared.Classification;

import org.springframework.format.annotation.DateTimeFormat;

/** The project form of the new and edit pages; tags are typed separated by commas. */
public class ProjectForm {

	@NotBlank
	@Pattern(regexp = ProjectResources.CODE, message = "{portfolio.error.code}")
	private String code;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 4000)
	private String description;

	@NotNull
	private ProjectType type;

	@NotNull
	private Methodology methodology = Methodology.SCRUM;

	@NotNull
	private Classification classification;

	@NotNull
	private Long portfolioId;

	private Long programmeId;

	private Long sponsorId;

	private Long businessOwnerId;

	private Long projectManagerId;

	private List<Long> squadIds = new ArrayList<>();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate plannedStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate plannedFinish;

	@NotNull
	private Health health = Health.GREEN;

	@Size(max = 1000)
	private String healthReason;

	@Size(max = 1000)
	private String tags;

	/** The version the edit is based on. */
	private Long version;

	static ProjectForm of(ProjectView v) {
		ProjectForm form = new ProjectForm();
		form.code = v.code();
		form.name = v.name();
		form.description = v.description();
		form.type = v.type();
		form.methodology = v.methodology();
		form.classification = v.classification();
		form.portfolioId = v.portfolioId();
		form.programmeId = v.programmeId();
		form.sponsorId = v.sponsorId();
		form.businessOwnerId = v.businessOwnerId();
		form.projectManagerId = v.projectManagerId();
		form.squadIds = new ArrayList<>(v.squadIds());
		form.plannedStart = v.plannedStart();
		form.plannedFinish = v.plannedFinish();
		form.health = v.health();
		form.healthReason = v.healthReason();
		form.tags = String.join(", ", v.tags());
		form.version = v.version();
		return form;
	}

	ProjectDraft toDraft() {
		List<String> tagList = (this.tags == null) ? List.of() : Arrays.asList(this.tags.split(","));
		return new ProjectDraft(this.code, this.name, this.description, this.type, this.methodology,
				this.classification, this.portfolioId, this.programmeId, this.sponsorId, this.businessOwnerId,
				this.projectManagerId, this.squadIds == null ? null : new HashSet<>(this.squadIds), this.plannedStart,
				this.plannedFinish, this.health, this.healthReason, tagList);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public ProjectType getType() {
		return this.type;
	}

	public void setType(ProjectType type) {
		this.type = type;
	}

	public Methodology getMethodology() {
		return this.methodology;
	}

	public void setMethodology(Methodology methodology) {
		this.methodology = methodology;
	}

	public Classification getClassification() {
		return this.classification;
	}

	public void setClassification(Classification classification) {
		this.classification = classification;
	}

	public Long getPortfolioId() {
		return this.portfolioId;
	}

	public void setPortfolioId(Long portfolioId) {
		this.portfolioId = portfolioId;
	}

	public Long getProgrammeId() {
		return this.programmeId;
	}

	public void setProgrammeId(Long programmeId) {
		this.programmeId = programmeId;
	}

	public Long getSponsorId() {
		return this.sponsorId;
	}

	public void setSponsorId(Long sponsorId) {
		this.sponsorId = sponsorId;
	}

	public Long getBusinessOwnerId() {
		return this.businessOwnerId;
	}

	public void setBusinessOwnerId(Long businessOwnerId) {
		this.businessOwnerId = businessOwnerId;
	}

	public Long getProjectManagerId() {
		return this.projectManagerId;
	}

	public void setProjectManagerId(Long projectManagerId) {
		this.projectManagerId = projectManagerId;
	}

	public List<Long> getSquadIds() {
		return this.squadIds;
	}

	public void setSquadIds(List<Long> squadIds) {
		this.squadIds = squadIds;
	}

	public LocalDate getPlannedStart() {
		return this.plannedStart;
	}

	public void setPlannedStart(LocalDate plannedStart) {
		this.plannedStart = plannedStart;
	}

	public LocalDate getPlannedFinish() {
		return this.plannedFinish;
	}

	public void setPlannedFinish(LocalDate plannedFinish) {
		this.plannedFinish = plannedFinish;
	}

	public Health getHealth() {
		return this.health;
	}

	public void setHealth(Health health) {
		this.health = health;
	}

	public String getHealthReason() {
		return this.healthReason;
	}

	public void setHealthReason(String healthReason) {
		this.healthReason = healthReason;
	}

	public String getTags() {
		return this.tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}

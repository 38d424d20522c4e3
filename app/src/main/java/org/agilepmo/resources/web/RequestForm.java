package org.agilepmo.resources.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.agilepmo.resources.internal.LanguageLevel;
import org.agilepmo.resources.internal.LoadKind;
import org.agilepmo.resources.internal.RequestDraft;
import org.agilepmo.shared.ScreeningLevel;
import org.springframework.format.annotation.DateTimeFormat;

/** The page's form for asking for a person: a project or a squad, and what is needed. */
public class RequestForm {

	private Long projectId;

	private Long squadId;

	private Long centreUnitId;

	private Long skillId;

	private int minLevel = 3;

	private String language;

	private LanguageLevel languageLevel = LanguageLevel.B2;

	private ScreeningLevel screening = ScreeningLevel.NONE;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate firstDay;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate lastDay;

	private LoadKind loadKind = LoadKind.PERCENT;

	private BigDecimal loadValue;

	private String note;

	RequestDraft toDraft() {
		return new RequestDraft(this.projectId, this.squadId, this.centreUnitId,
				this.skillId == null ? -1 : this.skillId, this.minLevel, this.language, this.languageLevel,
				this.screening, this.firstDay, this.lastDay, this.loadKind, this.loadValue, this.note);
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public void setProjectId(Long projectId) {
		this.projectId = projectId;
	}

	public Long getSquadId() {
		return this.squadId;
	}

	public void setSquadId(Long squadId) {
		this.squadId = squadId;
	}

	public Long getCentreUnitId() {
		return this.centreUnitId;
	}

	public void setCentreUnitId(Long centreUnitId) {
		this.centreUnitId = centreUnitId;
	}

	public Long getSkillId() {
		return this.skillId;
	}

	public void setSkillId(Long skillId) {
		this.skillId = skillId;
	}

	public int getMinLevel() {
		return this.minLevel;
	}

	public void setMinLevel(int minLevel) {
		this.minLevel = minLevel;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public LanguageLevel getLanguageLevel() {
		return this.languageLevel;
	}

	public void setLanguageLevel(LanguageLevel languageLevel) {
		this.languageLevel = languageLevel;
	}

	public ScreeningLevel getScreening() {
		return this.screening;
	}

	public void setScreening(ScreeningLevel screening) {
		this.screening = screening;
	}

	public LocalDate getFirstDay() {
		return this.firstDay;
	}

	public void setFirstDay(LocalDate firstDay) {
		this.firstDay = firstDay;
	}

	public LocalDate getLastDay() {
		return this.lastDay;
	}

	public void setLastDay(LocalDate lastDay) {
		this.lastDay = lastDay;
	}

	public LoadKind getLoadKind() {
		return this.loadKind;
	}

	public void setLoadKind(LoadKind loadKind) {
		this.loadKind = loadKind;
	}

	public BigDecimal getLoadValue() {
		return this.loadValue;
	}

	public void setLoadValue(BigDecimal loadValue) {
		this.loadValue = loadValue;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}

package org.agilepmo.resources.web;

import java.math.BigDecimal;

import org.agilepmo.resources.internal.ProfileDraft;
import org.agilepmo.web.Patch;

/** A partial change of a resource's profile: the fields sent replace, the others stay. */
public class ProfilePatch extends Patch<ProfileDraft> {

	private String name;

	private Long centreUnitId;

	private String country;

	private BigDecimal hoursPerDay;

	private String workingDays;

	private Integer partTimePercent;

	private BigDecimal weeklyCapacityHours;

	@Override
	public ProfileDraft applyTo(ProfileDraft d) {
		Integer partTime = pick("partTimePercent", this.partTimePercent, d.partTimePercent());
		return new ProfileDraft(pick("name", this.name, d.name()),
				pick("centreUnitId", this.centreUnitId, d.centreUnitId()), pick("country", this.country, d.country()),
				pick("hoursPerDay", this.hoursPerDay, d.hoursPerDay()),
				pick("workingDays", this.workingDays, d.workingDays()), partTime == null ? 0 : partTime,
				pick("weeklyCapacityHours", this.weeklyCapacityHours, d.weeklyCapacityHours()));
	}

	public void setName(String name) {
		this.name = name;
		mark("name");
	}

	public void setCentreUnitId(Long centreUnitId) {
		this.centreUnitId = centreUnitId;
		mark("centreUnitId");
	}

	public void setCountry(String country) {
		this.country = country;
		mark("country");
	}

	public void setHoursPerDay(BigDecimal hoursPerDay) {
		this.hoursPerDay = hoursPerDay;
		mark("hoursPerDay");
	}

	public void setWorkingDays(String workingDays) {
		this.workingDays = workingDays;
		mark("workingDays");
	}

	public void setPartTimePercent(Integer partTimePercent) {
		this.partTimePercent = partTimePercent;
		mark("partTimePercent");
	}

	public void setWeeklyCapacityHours(BigDecimal weeklyCapacityHours) {
		this.weeklyCapacityHours = weeklyCapacityHours;
		mark("weeklyCapacityHours");
	}

}

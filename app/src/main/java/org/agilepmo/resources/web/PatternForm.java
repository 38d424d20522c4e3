package org.agilepmo.resources.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.agilepmo.resources.internal.ProfileDraft;
import org.agilepmo.resources.internal.Resource;
import org.agilepmo.shared.Change;

/**
 * A person's working pattern on the profile page: hours on a working day, the working
 * days (0 for Monday to 6 for Sunday) and the part-time share; the rest of the profile
 * stays as it is.
 */
public class PatternForm {

	private long version;

	@NotNull
	private BigDecimal hoursPerDay;

	private List<Integer> days = new ArrayList<>();

	@NotNull
	private Integer partTimePercent;

	static PatternForm of(Resource resource) {
		PatternForm form = new PatternForm();
		form.version = resource.version();
		ProfileDraft d = resource.draft();
		form.hoursPerDay = d.hoursPerDay();
		form.partTimePercent = d.partTimePercent();
		String mask = d.workingDays() == null ? "" : d.workingDays();
		for (int i = 0; i < mask.length(); i++) {
			if (mask.charAt(i) == '1') {
				form.days.add(i);
			}
		}
		return form;
	}

	/** The change it makes: the pattern replaced, the rest of the profile kept. */
	Change<ProfileDraft> change() {
		StringBuilder mask = new StringBuilder();
		for (int i = 0; i < 7; i++) {
			mask.append(this.days != null && this.days.contains(i) ? '1' : '0');
		}
		return d -> new ProfileDraft(d.name(), d.centreUnitId(), d.country(), this.hoursPerDay, mask.toString(),
				this.partTimePercent == null ? 0 : this.partTimePercent, d.weeklyCapacityHours());
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public BigDecimal getHoursPerDay() {
		return this.hoursPerDay;
	}

	public void setHoursPerDay(BigDecimal hoursPerDay) {
		this.hoursPerDay = hoursPerDay;
	}

	public List<Integer> getDays() {
		return this.days;
	}

	public void setDays(List<Integer> days) {
		this.days = days;
	}

	/** The pattern's field the service names for the days. */
	public List<Integer> getWorkingDays() {
		return this.days;
	}

	public Integer getPartTimePercent() {
		return this.partTimePercent;
	}

	public void setPartTimePercent(Integer partTimePercent) {
		this.partTimePercent = partTimePercent;
	}

}

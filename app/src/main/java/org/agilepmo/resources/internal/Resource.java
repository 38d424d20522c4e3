package org.agilepmo.resources.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.shared.RuleViolationException;

/**
 * A person, generic role or facility as a resource: the competency centre it belongs to,
 * the country whose public holidays apply, and its working pattern.
 */
@Entity
@Table(name = "resources_resource")
public class Resource {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ResourceKind kind;

	@Column(name = "person_id", updatable = false)
	private Long personId;

	private String name;

	@Column(name = "centre_unit_id")
	private Long centreUnitId;

	@Column(nullable = false)
	private String country;

	@Column(name = "hours_per_day", nullable = false)
	private BigDecimal hoursPerDay;

	@Column(name = "working_days", nullable = false)
	private String workingDays;

	@Column(name = "part_time_percent", nullable = false)
	private int partTimePercent;

	@Column(name = "weekly_capacity_hours")
	private BigDecimal weeklyCapacityHours;

	@Column(name = "role_skill_id", updatable = false)
	private Long roleSkillId;

	@Column(name = "role_level", updatable = false)
	private Integer roleLevel;

	protected Resource() {
	}

	static Resource person(long personId, ProfileDraft draft) {
		Resource r = new Resource();
		r.kind = ResourceKind.PERSON;
		r.personId = personId;
		r.revise(draft);
		return r;
	}

	static Resource role(long skillId, int level, ProfileDraft draft) {
		Resource r = new Resource();
		r.kind = ResourceKind.ROLE;
		r.roleSkillId = skillId;
		r.roleLevel = Proficiency.check("roleLevel", level);
		r.revise(draft);
		r.requireName();
		return r;
	}

	static Resource facility(ProfileDraft draft) {
		Resource r = new Resource();
		r.kind = ResourceKind.FACILITY;
		r.revise(draft);
		r.requireName();
		return r;
	}

	/** Changes the centre, country and working pattern, refusing what makes no sense. */
	void revise(ProfileDraft d) {
		if (this.kind != ResourceKind.PERSON) {
			this.name = d.name() == null ? this.name : d.name().strip();
		}
		this.centreUnitId = d.centreUnitId();
		if (d.country() == null || !d.country().matches("[A-Za-z]{2}")) {
			throw new RuleViolationException("country", "resources.error.country",
					"country must be a two-letter country code");
		}
		this.country = d.country().toUpperCase(java.util.Locale.ROOT);
		if (d.hoursPerDay() == null || d.hoursPerDay().signum() < 0
				|| d.hoursPerDay().compareTo(BigDecimal.valueOf(24)) > 0) {
			throw new RuleViolationException("hoursPerDay", "resources.error.hoursPerDay",
					"hours per day go from 0 to 24");
		}
		this.hoursPerDay = d.hoursPerDay();
		if (d.workingDays() == null || !d.workingDays().matches("[01]{7}")) {
			throw new RuleViolationException("workingDays", "resources.error.workingDays",
					"working days are seven marks from Monday, 1 for a working day");
		}
		this.workingDays = d.workingDays();
		if (d.partTimePercent() < 1 || d.partTimePercent() > 100) {
			throw new RuleViolationException("partTimePercent", "resources.error.partTime",
					"the part-time share goes from 1 to 100 %");
		}
		this.partTimePercent = d.partTimePercent();
		if (d.weeklyCapacityHours() != null && (d.weeklyCapacityHours().signum() < 0
				|| d.weeklyCapacityHours().compareTo(BigDecimal.valueOf(10_000)) > 0)) {
			throw new RuleViolationException("weeklyCapacityHours", "resources.error.weeklyCapacity",
					"a weekly capacity goes from 0 to 10,000 hours");
		}
		this.weeklyCapacityHours = this.kind == ResourceKind.PERSON ? null : d.weeklyCapacityHours();
	}

	private void requireName() {
		if (this.name == null || this.name.isBlank() || this.name.length() > 200) {
			throw new RuleViolationException("name", "resources.error.name", "a name of 1 to 200 characters");
		}
	}

	public ProfileDraft draft() {
		return new ProfileDraft(this.name, this.centreUnitId, this.country, this.hoursPerDay, this.workingDays,
				this.partTimePercent, this.weeklyCapacityHours);
	}

	/** Whether the pattern works on that day of the week. */
	public boolean worksOn(DayOfWeek day) {
		return this.workingDays.charAt(day.getValue() - 1) == '1';
	}

	public int workingDaysPerWeek() {
		int n = 0;
		for (int i = 0; i < 7; i++) {
			n += this.workingDays.charAt(i) == '1' ? 1 : 0;
		}
		return n;
	}

	/**
	 * Hours on a working day of the pattern, before leave and holidays: a person's hours
	 * per day times the part-time share; a role's or facility's weekly capacity spread
	 * over its working days.
	 */
	public double hoursOnAWorkingDay() {
		if (this.kind != ResourceKind.PERSON) {
			int days = workingDaysPerWeek();
			return (this.weeklyCapacityHours == null || days == 0) ? 0
					: this.weeklyCapacityHours.doubleValue() / days * this.partTimePercent / 100.0;
		}
		return this.hoursPerDay.doubleValue() * this.partTimePercent / 100.0;
	}

	Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("kind", this.kind);
		s.put("personId", this.personId);
		s.put("name", this.name);
		s.put("centreUnitId", this.centreUnitId);
		s.put("country", this.country);
		s.put("hoursPerDay", this.hoursPerDay);
		s.put("workingDays", this.workingDays);
		s.put("partTimePercent", this.partTimePercent);
		s.put("weeklyCapacityHours", this.weeklyCapacityHours);
		s.put("roleSkillId", this.roleSkillId);
		s.put("roleLevel", this.roleLevel);
		return s;
	}

	public long id() {
		return this.id;
	}

	/**
	 * Whether the resource is stored (the default profile of a person without one is
	 * not).
	 */
	boolean stored() {
		return this.id != null;
	}

	public long version() {
		return this.version;
	}

	public ResourceKind kind() {
		return this.kind;
	}

	public Long personId() {
		return this.personId;
	}

	public String name() {
		return this.name;
	}

	public Long centreUnitId() {
		return this.centreUnitId;
	}

	public String country() {
		return this.country;
	}

	public BigDecimal hoursPerDay() {
		return this.hoursPerDay;
	}

	public String workingDays() {
		return this.workingDays;
	}

	public int partTimePercent() {
		return this.partTimePercent;
	}

	public BigDecimal weeklyCapacityHours() {
		return this.weeklyCapacityHours;
	}

	public Long roleSkillId() {
		return this.roleSkillId;
	}

	public Integer roleLevel() {
		return this.roleLevel;
	}

}

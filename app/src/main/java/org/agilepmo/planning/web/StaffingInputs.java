package org.agilepmo.planning.web;

import java.math.BigDecimal;

import org.agilepmo.planning.PlanResources.ResourceType;
import org.agilepmo.planning.internal.AssignmentDraft;
import org.agilepmo.planning.internal.ResourceDraft;
import org.agilepmo.web.Patch;

/** The JSON bodies that add or change a plan's resources and assignments. */
final class StaffingInputs {

	private StaffingInputs() {
	}

	/**
	 * A resource as sent: only the properties sent change; a new one is a work resource
	 * at 100 % (maxUnits 1.0) numbered after the others unless it says otherwise.
	 */
	static final class ResourceInput extends Patch<ResourceDraft> {

		private String externalId;

		private String name;

		private ResourceType type;

		private BigDecimal maxUnits;

		private Long calendarId;

		private Long personId;

		public void setExternalId(String externalId) {
			mark("externalId");
			this.externalId = externalId;
		}

		public void setName(String name) {
			mark("name");
			this.name = name;
		}

		public void setType(ResourceType type) {
			mark("type");
			this.type = type;
		}

		public void setMaxUnits(BigDecimal maxUnits) {
			mark("maxUnits");
			this.maxUnits = maxUnits;
		}

		public void setCalendarId(Long calendarId) {
			mark("calendarId");
			this.calendarId = calendarId;
		}

		public void setPersonId(Long personId) {
			mark("personId");
			this.personId = personId;
		}

		public String getExternalId() {
			return this.externalId;
		}

		public String getName() {
			return this.name;
		}

		public ResourceType getType() {
			return this.type;
		}

		public BigDecimal getMaxUnits() {
			return this.maxUnits;
		}

		public Long getCalendarId() {
			return this.calendarId;
		}

		public Long getPersonId() {
			return this.personId;
		}

		@Override
		public ResourceDraft applyTo(ResourceDraft current) {
			return new ResourceDraft(pick("externalId", this.externalId, current.externalId()),
					pick("name", this.name, current.name()), pick("type", this.type, current.type()),
					pick("maxUnits", this.maxUnits, current.maxUnits()),
					pick("calendarId", this.calendarId, current.calendarId()),
					pick("personId", this.personId, current.personId()));
		}

		ResourceDraft toDraft() {
			return applyTo(new ResourceDraft(null, null, ResourceType.WORK, BigDecimal.ONE, null, null));
		}

	}

	/**
	 * An assignment as sent: only the properties sent change; a new one is at 100 %
	 * (units 1.0) with the activity's duration as work unless it says otherwise.
	 */
	static final class AssignmentInput extends Patch<AssignmentDraft> {

		private Long activityId;

		private Long resourceId;

		private BigDecimal units;

		private Long workMinutes;

		private Long actualWorkMinutes;

		private Long remainingWorkMinutes;

		public void setActivityId(Long activityId) {
			mark("activityId");
			this.activityId = activityId;
		}

		public void setResourceId(Long resourceId) {
			mark("resourceId");
			this.resourceId = resourceId;
		}

		public void setUnits(BigDecimal units) {
			mark("units");
			this.units = units;
		}

		public void setWorkMinutes(Long workMinutes) {
			mark("workMinutes");
			this.workMinutes = workMinutes;
		}

		public void setActualWorkMinutes(Long actualWorkMinutes) {
			mark("actualWorkMinutes");
			this.actualWorkMinutes = actualWorkMinutes;
		}

		public void setRemainingWorkMinutes(Long remainingWorkMinutes) {
			mark("remainingWorkMinutes");
			this.remainingWorkMinutes = remainingWorkMinutes;
		}

		public Long getActivityId() {
			return this.activityId;
		}

		public Long getResourceId() {
			return this.resourceId;
		}

		public BigDecimal getUnits() {
			return this.units;
		}

		public Long getWorkMinutes() {
			return this.workMinutes;
		}

		public Long getActualWorkMinutes() {
			return this.actualWorkMinutes;
		}

		public Long getRemainingWorkMinutes() {
			return this.remainingWorkMinutes;
		}

		@Override
		public AssignmentDraft applyTo(AssignmentDraft current) {
			return new AssignmentDraft(pick("activityId", this.activityId, current.activityId()),
					pick("resourceId", this.resourceId, current.resourceId()),
					pick("units", this.units, current.units()),
					pick("workMinutes", this.workMinutes, current.workMinutes()),
					pick("actualWorkMinutes", this.actualWorkMinutes, current.actualWorkMinutes()),
					pick("remainingWorkMinutes", this.remainingWorkMinutes, current.remainingWorkMinutes()));
		}

		AssignmentDraft toDraft() {
			return applyTo(new AssignmentDraft(null, null, BigDecimal.ONE, null, null, null));
		}

	}

}

package org.agilepmo.events.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.agilepmo.events.internal.Event;
import org.agilepmo.events.internal.EventDraft;
import org.agilepmo.events.internal.EventKind;

import org.springframework.format.annotation.DateTimeFormat;

/** The event form: every field is sent, so it replaces the event's details. */
public class EventForm {

	private long version;

	private Long unitId;

	@NotNull
	private EventKind kind = EventKind.WORKING_GROUP;

	@NotBlank
	@Size(max = 200)
	private String title;

	@Size(max = 4000)
	private String description;

	private Long projectId;

	@Size(max = 300)
	private String venue;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	@NotBlank
	private String timeZone = "UTC";

	private Integer capacity;

	private BigDecimal budgetAmount;

	@Size(max = 3)
	private String budgetCurrency;

	static EventForm of(Event e) {
		EventForm f = new EventForm();
		f.version = e.version();
		f.unitId = e.unitId();
		f.kind = e.kind();
		f.title = e.title();
		f.description = e.description();
		f.projectId = e.projectId();
		f.venue = e.venue();
		f.startsOn = e.startsOn();
		f.endsOn = e.endsOn();
		f.timeZone = e.timeZone();
		f.capacity = e.capacity();
		f.budgetAmount = e.budgetAmount();
		f.budgetCurrency = e.budgetCurrency();
		return f;
	}

	EventDraft draft() {
		return new EventDraft(this.kind, this.title, this.description, this.projectId, this.venue, this.startsOn,
				this.endsOn, this.timeZone, this.capacity, this.budgetAmount, this.budgetCurrency);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public EventKind getKind() {
		return this.kind;
	}

	public void setKind(EventKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public void setProjectId(Long projectId) {
		this.projectId = projectId;
	}

	public String getVenue() {
		return this.venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public BigDecimal getBudgetAmount() {
		return this.budgetAmount;
	}

	public void setBudgetAmount(BigDecimal budgetAmount) {
		this.budgetAmount = budgetAmount;
	}

	public String getBudgetCurrency() {
		return this.budgetCurrency;
	}

	public void setBudgetCurrency(String budgetCurrency) {
		this.budgetCurrency = budgetCurrency;
	}

}

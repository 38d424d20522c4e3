package org.agilepmo.events.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.agilepmo.events.internal.EventDraft;
import org.agilepmo.events.internal.EventKind;
import org.agilepmo.web.Patch;

/** Changes to an event: the properties sent change, the others keep their value. */
@Schema(name = "EventPatch", description = "Only the properties sent are changed")
public class EventPatch extends Patch<EventDraft> {

	private EventKind kind;

	private String title;

	private String description;

	private Long projectId;

	private String venue;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private String timeZone;

	private Integer capacity;

	private BigDecimal budgetAmount;

	private String budgetCurrency;

	@Override
	public EventDraft applyTo(EventDraft d) {
		return new EventDraft(pick("kind", this.kind, d.kind()), pick("title", this.title, d.title()),
				pick("description", this.description, d.description()),
				pick("projectId", this.projectId, d.projectId()), pick("venue", this.venue, d.venue()),
				pick("startsOn", this.startsOn, d.startsOn()), pick("endsOn", this.endsOn, d.endsOn()),
				pick("timeZone", this.timeZone, d.timeZone()), pick("capacity", this.capacity, d.capacity()),
				pick("budgetAmount", this.budgetAmount, d.budgetAmount()),
				pick("budgetCurrency", this.budgetCurrency, d.budgetCurrency()));
	}

	public void setKind(EventKind v) {
		mark("kind");
		this.kind = v;
	}

	public void setTitle(String v) {
		mark("title");
		this.title = v;
	}

	public void setDescription(String v) {
		mark("description");
		this.description = v;
	}

	public void setProjectId(Long v) {
		mark("projectId");
		this.projectId = v;
	}

	public void setVenue(String v) {
		mark("venue");
		this.venue = v;
	}

	public void setStartsOn(LocalDate v) {
		mark("startsOn");
		this.startsOn = v;
	}

	public void setEndsOn(LocalDate v) {
		mark("endsOn");
		this.endsOn = v;
	}

	public void setTimeZone(String v) {
		mark("timeZone");
		this.timeZone = v;
	}

	public void setCapacity(Integer v) {
		mark("capacity");
		this.capacity = v;
	}

	public void setBudgetAmount(BigDecimal v) {
		mark("budgetAmount");
		this.budgetAmount = v;
	}

	public void setBudgetCurrency(String v) {
		mark("budgetCurrency");
		this.budgetCurrency = v;
	}

}

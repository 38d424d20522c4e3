package org.agilepmo.resources.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.agilepmo.resources.internal.Allocation;
import org.agilepmo.resources.internal.LoadKind;
import org.springframework.format.annotation.DateTimeFormat;

/** An allocation's period and load, as its edit page changes them. */
public class AllocationForm {

	private long version;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate firstDay;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate lastDay;

	private LoadKind loadKind;

	private BigDecimal loadValue;

	static AllocationForm of(Allocation a) {
		AllocationForm form = new AllocationForm();
		form.version = a.version();
		form.firstDay = a.firstDay();
		form.lastDay = a.lastDay();
		form.loadKind = a.loadKind();
		form.loadValue = a.loadValue().stripTrailingZeros();
		return form;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
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

}

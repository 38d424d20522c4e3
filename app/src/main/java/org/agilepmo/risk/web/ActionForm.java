package org.agilepmo.risk.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.agilepmo.risk.internal.RiskAction;

import org.springframework.format.annotation.DateTimeFormat;

/** The action form: what is to be done, by whom and by when (and the version changed). */
public class ActionForm {

	private RiskAction.Kind kind = RiskAction.Kind.MITIGATION;

	@Size(max = 200)
	private String title;

	private Long ownerId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate due;

	private long version;

	static ActionForm of(RiskAction action) {
		ActionForm form = new ActionForm();
		form.kind = action.kind();
		form.title = action.title();
		form.ownerId = action.ownerId();
		form.due = action.due();
		form.version = action.version();
		return form;
	}

	public RiskAction.Kind getKind() {
		return this.kind;
	}

	public void setKind(RiskAction.Kind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public LocalDate getDue() {
		return this.due;
	}

	public void setDue(LocalDate due) {
		this.due = due;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

package org.agilepmo.portfolio.web;

import org.agilepmo.portfolio.Stage;

/**
 * The project page's stage change: the stage asked for, the reason, and the version seen.
 */
public class StageForm {

	private Stage stage;

	private String reason;

	private long version;

	public Stage getStage() {
		return this.stage;
	}

	public void setStage(Stage stage) {
		this.stage = stage;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

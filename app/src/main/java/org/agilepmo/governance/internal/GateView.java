package org.agilepmo.governance.internal;

import org.agilepmo.portfolio.Stage;

/** A project's gate as a person sees it, and what they may do with it. */
public record GateView(ProjectGate gate, boolean maySignOff, boolean mayWaive, boolean current) {

	public Stage targetStage() {
		return this.gate.targetStage();
	}

}

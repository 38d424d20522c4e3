package org.agilepmo.governance.internal;

import java.util.Set;

import org.agilepmo.portfolio.Stage;

/**
 * A project's gate as a person sees it, and what they may do with it: the roles in which
 * they may sign its items off, and whether they may waive and reopen items.
 */
public record GateView(ProjectGate gate, Set<SignOffRole> signAs, boolean mayWaive, boolean current) {

	public GateView {
		signAs = Set.copyOf(signAs);
	}

	public Stage targetStage() {
		return this.gate.targetStage();
	}

	/** Whether the person may sign off some item of the gate. */
	public boolean maySignOff() {
		return !this.signAs.isEmpty();
	}

	/** Whether the person may sign off the items of this role. */
	public boolean maySign(SignOffRole role) {
		return this.signAs.contains(role);
	}

}

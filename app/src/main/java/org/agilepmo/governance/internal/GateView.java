package org.agilepmo.governance.internal;

import java.util.List;
import java.util.Set;

import org.agilepmo.portfolio.Stage;

/**
 * A project's gate as a person sees it, and what they may do with it: the roles in which
 * they may sign its items off, and whether they may waive and reopen items. The open
 * items of the next gate that another module's records satisfy now (the risk register's
 * review, say) are {@code satisfiedByRecords}: they neither block nor show as open.
 */
public record GateView(ProjectGate gate, Set<SignOffRole> signAs, boolean mayWaive, boolean current,
		Set<String> satisfiedByRecords) {

	public GateView {
		signAs = Set.copyOf(signAs);
		satisfiedByRecords = Set.copyOf(satisfiedByRecords);
	}

	/** Whether the item is open but satisfied by another module's records. */
	public boolean metByRecords(String itemCode) {
		return this.satisfiedByRecords.contains(itemCode);
	}

	/** The open mandatory items that block the gate: those no records satisfy. */
	public List<GateItem> blockers() {
		return this.gate.blockers().stream().filter(i -> !metByRecords(i.code())).toList();
	}

	/** Whether the gate lets the project through now. */
	public boolean passable() {
		return blockers().isEmpty();
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

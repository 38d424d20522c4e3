package org.agilepmo.governance.internal;

import java.util.List;
import java.util.Map;

import org.agilepmo.portfolio.Stage;

import static org.agilepmo.governance.internal.GateItemKind.CRITERION;
import static org.agilepmo.governance.internal.GateItemKind.DELIVERABLE;
import static org.agilepmo.governance.internal.GateItemKind.HANDOVER;
import static org.agilepmo.governance.internal.GateItemKind.PREREQUISITE;
import static org.agilepmo.governance.internal.GateItemKind.TRAINING;
import static org.agilepmo.governance.internal.SignOffRole.ARCHITECTURE_BOARD;
import static org.agilepmo.governance.internal.SignOffRole.BUSINESS_OWNER;
import static org.agilepmo.governance.internal.SignOffRole.OPERATIONS;
import static org.agilepmo.governance.internal.SignOffRole.PMO_OFFICER;
import static org.agilepmo.governance.internal.SignOffRole.PROJECT_MANAGER;
import static org.agilepmo.governance.internal.SignOffRole.QUALITY_ASSURANCE;
import static org.agilepmo.governance.internal.SignOffRole.SECURITY_OFFICER;
import static org.agilepmo.governance.internal.SignOffRole.SERVICE_DESK;
import static org.agilepmo.governance.internal.SignOffRole.SPONSOR;

/**
 * The gate templates given to an empty platform when it starts: what a PMO of a public
 * organisation usually asks before a project enters each stage. The go-live gate is the
 * readiness checklist.
 */
final class DefaultGates {

	/** The stages a project enters through a gate, in lifecycle order. */
	static final List<Stage> GATED = List.of(Stage.SCOPING, Stage.PLANNING, Stage.EXECUTION, Stage.GO_LIVE,
			Stage.CLOSED);

	static final Map<Stage, List<TemplateItem>> ITEMS = Map.of(Stage.SCOPING, List
		.of(item("BUSINESS_CASE", CRITERION, true, PMO_OFFICER), item("PROJECT_CHARTER", DELIVERABLE, true, SPONSOR)),
			Stage.PLANNING,
			List.of(item("SCOPE_STATEMENT", DELIVERABLE, true, PROJECT_MANAGER),
					item("ARCHITECTURE_APPROVAL", CRITERION, true, ARCHITECTURE_BOARD),
					item("DATA_PROTECTION_REVIEW", CRITERION, false, SECURITY_OFFICER)),
			Stage.EXECUTION,
			List.of(item("PROJECT_PLAN", DELIVERABLE, true, PROJECT_MANAGER),
					item("BUDGET_APPROVED", CRITERION, true, PMO_OFFICER),
					item("RESOURCES_CONFIRMED", PREREQUISITE, true, PROJECT_MANAGER),
					item("RISK_REGISTER", DELIVERABLE, false, PROJECT_MANAGER)),
			Stage.GO_LIVE,
			List.of(item("TEST_REPORT", DELIVERABLE, true, QUALITY_ASSURANCE),
					item("SECURITY_ACCREDITATION", PREREQUISITE, true, SECURITY_OFFICER),
					item("USER_ACCEPTANCE", CRITERION, true, BUSINESS_OWNER),
					item("TRAINING_MATERIAL", DELIVERABLE, true, PROJECT_MANAGER),
					item("OPERATIONS_AWARENESS", TRAINING, true, OPERATIONS),
					item("OPERATIONS_HANDOVER", HANDOVER, true, OPERATIONS),
					item("SUPPORT_DOCUMENTATION", HANDOVER, true, SERVICE_DESK),
					item("ROLLBACK_PLAN", DELIVERABLE, false, PROJECT_MANAGER)),
			Stage.CLOSED,
			List.of(item("CLOSURE_REPORT", DELIVERABLE, true, PROJECT_MANAGER),
					item("LESSONS_LEARNED", DELIVERABLE, true, PROJECT_MANAGER),
					item("SPONSOR_ACCEPTANCE", CRITERION, true, SPONSOR)));

	private DefaultGates() {
	}

	private static TemplateItem item(String code, GateItemKind kind, boolean mandatory, SignOffRole role) {
		return new TemplateItem(code, code, true, kind, mandatory, role);
	}

	/** The stage the project enters through its next gate, or {@code null}. */
	static Stage next(Stage from) {
		return GATED.stream().filter(to -> isGated(from, to)).findFirst().orElse(null);
	}

	/** Whether moving from one stage to the other passes a gate (one step forward). */
	static boolean isGated(Stage from, Stage to) {
		return from != null && to != null && GATED.contains(to) && to.ordinal() == from.ordinal() + 1;
	}

}

package org.agilepmo.governance.internal;

/** The role in which a gate item is signed off. */
public enum SignOffRole {

	PMO_OFFICER, PROJECT_MANAGER, SPONSOR, BUSINESS_OWNER, ARCHITECTURE_BOARD, SECURITY_OFFICER, QUALITY_ASSURANCE,
	OPERATIONS, SERVICE_DESK

}

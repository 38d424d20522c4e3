package org.agilepmo.shared;

import java.util.Set;

/**
 * A module whose own records can satisfy a stage-gate item: the risk register answers
 * "risk register reviewed", for instance. Governance asks every bean of this type before
 * it counts an open mandatory item as blocking; a module implements it in its
 * {@code internal} package, and it only reads (it is asked while a stage change is
 * checked).
 */
public interface GateEvidenceSource {

	/** The gate item codes this source can satisfy, e.g. {@code RISK_REGISTER}. */
	Set<String> itemCodes();

	/**
	 * Whether the project's records satisfy the item now.
	 * @param projectId the project
	 * @param stage the name of the lifecycle stage the project is in (the one it leaves
	 * through the gate), e.g. {@code PLANNING}
	 * @param itemCode the gate item
	 */
	boolean satisfies(long projectId, String stage, String itemCode);

}

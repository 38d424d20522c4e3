package org.agilepmo.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.agilepmo.shared.Actor;

/**
 * Commitments (contracts, orders) and actual costs recorded on a project's budget lines
 * on behalf of another module, such as procurement when a contract is signed. Each call
 * is the same use case as entering the cost on the finance pages: the project's access
 * rule (the person must be able to change the project), validation and one audit entry.
 * The origin names the module and its own reference, so that the entry can be traced
 * back.
 */
public interface CostLedger {

	/** Records a commitment or an actual cost; answers the entry's id. */
	long record(Actor actor, long projectId, CostEntry entry);

	/**
	 * Whether a cost is committed (a contract or order) or spent (an invoice, a payment).
	 */
	enum Kind {

		COMMITMENT, ACTUAL

	}

	/**
	 * One cost on a budget line (by its code), optionally on a plan activity.
	 *
	 * @param origin who recorded it: {@code entered}, {@code imported}, or the module's
	 * name
	 * @param reference the origin's own reference (contract number, invoice number)
	 */
	record CostEntry(Kind kind, String budgetLine, Long activityId, LocalDate date, BigDecimal amount, String currency,
			String reference, String description, String origin) {

	}

}

package org.agilepmo.finance;

/** What money is spent on; budget lines, grants' eligibility and costs use these. */
public enum CostCategory {

	STAFF, CONSULTANTS, EQUIPMENT, SERVICES, LICENCES, TRAVEL, TRAINING, EVENTS, OTHER

}

package org.agilepmo.intake.internal;

/** The categories of a cost evaluation. */
public enum CostCategory {

	STAFF, CONSULTANCY, HARDWARE, SOFTWARE_LICENCES, HOSTING, TRAINING, OPERATIONS_SUPPORT, OTHER

}

package org.agilepmo.intake.internal;

/** Whether a cost is paid once or every year. */
public enum CostKind {

	ONE_OFF, RECURRING

}

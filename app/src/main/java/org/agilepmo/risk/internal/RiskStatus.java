package org.agilepmo.risk.internal;

/** Open, closed, or occurred (it then lives on as an issue). */
public enum RiskStatus {

	OPEN, CLOSED, OCCURRED

}

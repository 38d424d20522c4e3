package org.agilepmo.demo;

/**
 * Writes one module's share of the demo data after the organisation and people exist;
 * runs as the administrator.
 */
interface DemoPortfolioWriter {

	void write();

}

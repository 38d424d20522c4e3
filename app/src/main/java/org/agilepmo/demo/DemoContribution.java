package org.agilepmo.demo;

/**
 * One module's share of the demo data, written once, on the first start of an empty
 * database in demo mode, after the organisation and the demo people exist. It runs as the
 * administrator, through the module's own services, so that it is validated and audited
 * like anything a person does. Contributions run in
 * {@link org.springframework.core.annotation.Order} (the portfolio first); a module's
 * contribution is a bean of its own, conditional on {@code pmo.demo.enabled}.
 */
public interface DemoContribution {

	void write();

}

package org.agilepmo.shared;

/**
 * One module's share of the demo data, written once, on the first start of an empty
 * database in demo mode, after the demo organisation and people exist. It runs as the
 * administrator, through the module's own services, so that it is validated and audited
 * like anything a person does.
 * <p>
 * Each module keeps its contribution in its own {@code internal} package, as a bean
 * conditional on {@code pmo.demo.enabled}; the demo module finds them all here, in the
 * shared kernel, so that no business module depends on the demo module. Contributions run
 * in {@link org.springframework.core.annotation.Order}: a module writes after the modules
 * whose data it refers to (portfolio 1, planning 10, delivery 20, intake 30).
 */
public interface DemoContribution {

	void write();

}

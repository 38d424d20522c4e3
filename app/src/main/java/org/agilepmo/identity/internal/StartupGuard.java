package org.agilepmo.identity.internal;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Refuses to start outside demo mode without an explicit database URL (the administrator
 * is checked by {@link AdminBootstrap} once the database is reachable), so that a
 * production instance can never come up on a throw-away database or with default
 * accounts. It runs before any bean is created.
 */
class StartupGuard implements BeanFactoryPostProcessor, EnvironmentAware {

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(
			org.springframework.beans.factory.config.ConfigurableListableBeanFactory beanFactory) {
		if (this.environment.getProperty("pmo.demo.enabled", Boolean.class, false)) {
			return;
		}
		String url = this.environment.getProperty("spring.datasource.url", "");
		if (url.isBlank()) {
			throw new IllegalStateException("Agile PMO refuses to start: outside demo mode set the database URL "
					+ "(PMO_DATABASE_URL, e.g. jdbc:postgresql://db:5432/agilepmo), or run the demo with "
					+ "--spring.profiles.active=demo");
		}
	}

}

package org.agilepmo.identity.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BootstrapSettings.class)
class IdentityConfiguration {

	@Bean
	static StartupGuard startupGuard() {
		return new StartupGuard();
	}

}

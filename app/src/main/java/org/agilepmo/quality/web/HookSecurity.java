package org.agilepmo.quality.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The webhook addresses carry their own proof (a signature or a token checked by the
 * intake), so they pass without a session, a bearer token or a CSRF token; everything
 * else under {@code /api} keeps the platform's chain.
 */
@Configuration(proxyBeanMethods = false)
class HookSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain qualityHooks(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/v1/quality/hooks/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.anonymous(a -> {
			})
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
		return http.build();
	}

}

package org.agilepmo.meetings.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The calendar feeds' own filter chain: calendar applications fetch {@code /calendar/**}
 * without a session or a login, with the secret token in the path as their only
 * credential; nothing but GET is served there, and no session is created.
 */
@Configuration(proxyBeanMethods = false)
class CalendarFeedSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain calendarFeedChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/calendar/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(auth -> auth.requestMatchers(org.springframework.http.HttpMethod.GET, "/calendar/*")
				.permitAll()
				.anyRequest()
				.denyAll())
			.headers(h -> h.contentTypeOptions(c -> {
			}).cacheControl(c -> {
			}).frameOptions(f -> f.deny()));
		return http.build();
	}

}

package org.agilepmo.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two filter chains: the API under {@code /api/**} (stateless, bearer tokens,
 * problem+json) and the pages (form login, session, CSRF). Anything not named here needs
 * an authenticated person; what they may see beyond that is decided by each module's
 * access policy.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
			+ "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Accounts accounts,
			PlatformTransactionManager transactions, ProblemWriter problems) throws Exception {
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, accounts, readOnly, problems),
					UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.exceptionHandling(e -> e
				.authenticationEntryPoint((request, response, ex) -> problems.write(response, 401, "Unauthorized",
						"Send a personal API token as 'Authorization: Bearer <token>'."))
				.accessDeniedHandler((request, response, ex) -> problems.write(response, 403, "Forbidden",
						"Your roles do not allow this.")));
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
						"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs.yaml",
						"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMINISTRATOR")
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").failureHandler(loginFailure()).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
		headers(http);
		return http.build();
	}

	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, ex) -> {
			String reason = (ex instanceof ThrottledAuthenticationProvider.LoginThrottledException) ? "throttled"
					: "error";
			response.sendRedirect(request.getContextPath() + "/login?" + reason);
		};
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(f -> f.deny())
			.permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
	}

}

package org.agilepmo.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
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
@EnableConfigurationProperties(LoginThrottleSettings.class)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
			+ "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

	/**
	 * Argon2id for new hashes (bcrypt refuses passwords over 72 bytes, shorter than the
	 * 64 characters a person may choose in a non-Latin script); hashes made before, with
	 * bcrypt, still verify through the delegating encoder.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		String argon2 = "argon2@SpringSecurity_v5_8";
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put(argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		encoders.put("bcrypt", new BCryptPasswordEncoder());
		return new DelegatingPasswordEncoder(argon2, encoders);
	}

	@Bean
	LoginThrottle loginThrottle(JdbcClient jdbc, PlatformTransactionManager transactions,
			LoginThrottleSettings settings) {
		return new LoginThrottle(jdbc, new TransactionTemplate(transactions), settings, Clock.systemUTC());
	}

	@Bean
	DeviceCookies deviceCookies(JdbcClient jdbc, @Value("${pmo.security.device-cookie.secret:}") String secret,
			@Value("${pmo.security.device-cookie.lifetime:180d}") Duration lifetime) {
		return new DeviceCookies(jdbc, secret, lifetime, Clock.systemUTC());
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle, DeviceCookies devices) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, devices));
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
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager, Accounts accounts,
			PlatformTransactionManager transactions, DeviceCookies devices) throws Exception {
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
				new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
		http.authenticationManager(authenticationManager)
			.securityContext(c -> c.securityContextRepository(contexts))
			.addFilterBefore(new CurrentRightsFilter(accounts, readOnly, contexts), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
						"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs.yaml",
						"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMINISTRATOR")
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.authenticationDetailsSource(LoginAttempt::of)
				.successHandler(loginSuccess(devices))
				.failureHandler(loginFailure())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
		headers(http);
		return http.build();
	}

	/**
	 * Marks the browser as a known device of the person, then goes where they were going.
	 */
	private static AuthenticationSuccessHandler loginSuccess(DeviceCookies devices) {
		SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
		return (request, response, authentication) -> {
			devices.issue(authentication.getName(), request, response);
			next.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/** Back to the login page, saying how many seconds the next attempt must wait. */
	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, ex) -> {
			String query;
			if (ex instanceof ThrottledAuthenticationProvider.LoginThrottledException throttled) {
				query = "throttled=" + ThrottledAuthenticationProvider.seconds(throttled.waitTime());
			}
			else if (ex instanceof ThrottledAuthenticationProvider.LoginFailedException failed
					&& failed.waitTime().isPositive()) {
				query = "error&wait=" + ThrottledAuthenticationProvider.seconds(failed.waitTime());
			}
			else {
				query = "error";
			}
			response.sendRedirect(request.getContextPath() + "/login?" + query);
		};
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(f -> f.deny())
			.permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
	}

}

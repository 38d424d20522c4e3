package org.agilepmo.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <personal token>}. A
 * token that is unknown, revoked or belongs to a disabled account is answered 401 at
 * once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final TransactionTemplate readOnly;

	private final ProblemWriter problems;

	BearerTokenFilter(ApiTokens tokens, Accounts accounts, TransactionTemplate readOnly, ProblemWriter problems) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.readOnly = readOnly;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		String token = header.substring(7).trim();
		Optional<AccountPrincipal> principal = this.readOnly
			.execute(status -> this.tokens.findByTokenHash(TokenHashing.hash(token))
				.filter(ApiToken::isActive)
				.flatMap(t -> this.accounts.findById(t.accountId()))
				.filter(Account::enabled)
				.map(AccountUserDetailsService::principalOf));
		if (principal == null || principal.isEmpty()) {
			this.problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
					"The bearer token is unknown or revoked.");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
				principal.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}

package org.agilepmo.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every page request the person's rights as they are now, not as they were at
 * login: the account is read again (one look-up by primary key) and, when its roles,
 * screening or name changed, the session's security context is replaced by the current
 * one. A disabled or deleted account has its session ended and the request goes on
 * anonymously, so that a page answers with the login redirect and a form post changes
 * nothing. The API needs none of this: {@link BearerTokenFilter} reads the account on
 * every call.
 */
class CurrentRightsFilter extends OncePerRequestFilter {

	private final Accounts accounts;

	private final TransactionTemplate readOnly;

	private final SecurityContextRepository contexts;

	CurrentRightsFilter(Accounts accounts, TransactionTemplate readOnly, SecurityContextRepository contexts) {
		this.accounts = accounts;
		this.readOnly = readOnly;
		this.contexts = contexts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication held = SecurityContextHolder.getContext().getAuthentication();
		if (held == null || !(held.getPrincipal() instanceof AccountPrincipal before)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<AccountPrincipal> now = this.readOnly.execute(status -> this.accounts.findById(before.actor().id())
			.filter(Account::enabled)
			.map(AccountUserDetailsService::principalOf));
		if (now == null || now.isEmpty()) {
			endSession(request);
		}
		else if (!now.get().actor().equals(before.actor())) {
			SecurityContext current = SecurityContextHolder.createEmptyContext();
			UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
				.authenticated(now.get(), null, now.get().getAuthorities());
			authentication.setDetails(held.getDetails());
			current.setAuthentication(authentication);
			SecurityContextHolder.setContext(current);
			this.contexts.saveContext(current, request, response);
		}
		chain.doFilter(request, response);
	}

	private static void endSession(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

}

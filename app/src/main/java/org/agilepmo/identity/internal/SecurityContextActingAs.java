package org.agilepmo.identity.internal;

import org.agilepmo.identity.ActingAs;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
class SecurityContextActingAs implements ActingAs {

	private final AccountUserDetailsService users;

	SecurityContextActingAs(AccountUserDetailsService users) {
		this.users = users;
	}

	@Override
	public void run(String username, Runnable work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		AccountPrincipal principal = (AccountPrincipal) this.users.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}

package org.agilepmo.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	AccountUserDetailsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
		return principalOf(account);
	}

	static AccountPrincipal principalOf(Account account) {
		return new AccountPrincipal(account.toActor(), account.passwordHash(), account.enabled());
	}

}

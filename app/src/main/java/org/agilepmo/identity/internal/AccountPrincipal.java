package org.agilepmo.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.agilepmo.shared.Actor;
import org.agilepmo.shared.ActorPrincipal;
import org.agilepmo.shared.GlobalRole;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security and the modules see them. */
final class AccountPrincipal implements UserDetails, ActorPrincipal {

	private final Actor actor;

	private final String passwordHash;

	private final boolean enabled;

	AccountPrincipal(Actor actor, String passwordHash, boolean enabled) {
		this.actor = actor;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	@Override
	public Actor actor() {
		return this.actor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (GlobalRole role : this.actor.roles()) {
			authorities.add(new SimpleGrantedAuthority(role.authority()));
		}
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.actor.username();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + this.actor.username() + "]";
	}

}

package org.agilepmo.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Accounts extends JpaRepository<Account, Long> {

	Optional<Account> findByUsernameIgnoreCase(String username);

	List<Account> findByEnabledTrueOrderByDisplayName();

	List<Account> findByDemoTrue();

	boolean existsByRolesContains(org.agilepmo.shared.GlobalRole role);

}

package org.agilepmo.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokens extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByAccountIdOrderByCreatedAtDesc(long accountId);

	Optional<ApiToken> findByAccountIdAndNameAndRevokedAtIsNull(long accountId, String name);

}

package org.agilepmo.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.agilepmo.shared.Classification;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty writers appending at the same moment (on PostgreSQL in CI) leave one linear
 * chain: no two entries share a place, none is lost, and verification passes.
 */
@ApplicationModuleTest(verifyAutomatically = false)
@ActiveProfiles("test")
class ConcurrentAuditWritersTest {

	static final int WRITERS = 20;

	static final int WRITES_EACH = 5;

	@Autowired
	AuditTrail trail;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twentyConcurrentWritersLeaveOneValidChain() throws Exception {
		long before = this.jdbc.queryForObject("select count(*) from audit_entry", Long.class);
		long lastBefore = this.jdbc.queryForObject("select coalesce(max(seq), 0) from audit_entry", Long.class);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < WRITERS; w++) {
				int writer = w;
				done.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < WRITES_EACH; i++) {
						int n = i;
						this.tx.executeWithoutResult(s -> this.trail.record(new AuditRecord("test.concurrent", "test",
								writer + "-" + n, Classification.PUBLIC, null, null, Map.of("writer", writer))));
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> f : done) {
				f.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		long after = this.jdbc.queryForObject("select count(*) from audit_entry", Long.class);
		long lastAfter = this.jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
		assertThat(after - before).isEqualTo(WRITERS * WRITES_EACH);
		assertThat(lastAfter - lastBefore).as("sequence numbers without gaps").isEqualTo(WRITERS * WRITES_EACH);
		ChainVerification verification = this.trail.verify();
		assertThat(verification.valid()).as(verification.problem()).isTrue();
		assertThat(verification.entriesChecked()).isEqualTo(after);
	}

}

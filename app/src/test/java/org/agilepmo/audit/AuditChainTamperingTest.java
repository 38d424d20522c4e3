package org.agilepmo.audit;

import java.util.List;
import java.util.Map;

import org.agilepmo.shared.Classification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Verification finds a changed, a removed and a reordered entry, and names it. Each test
 * tampers with the stored rows directly (as an intruder with database access would) and
 * puts them back afterwards, so that the shared chain stays intact for the other tests.
 */
@ApplicationModuleTest(verifyAutomatically = false)
@ActiveProfiles("test")
class AuditChainTamperingTest {

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	long first;

	@BeforeEach
	void appendThreeEntries() {
		for (int i = 0; i < 3; i++) {
			int n = i;
			this.tx.executeWithoutResult(s -> this.trail.record(new AuditRecord("test.written", "test", "t" + n,
					Classification.PUBLIC, "entry " + n, Map.of("n", n), Map.of("n", n + 1))));
		}
		long last = this.jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
		this.first = last - 2;
		assertThat(this.trail.verify().valid()).as("chain intact before tampering").isTrue();
	}

	@Test
	void recordingOutsideATransactionIsRefused() {
		assertThatThrownBy(() -> this.trail
			.record(new AuditRecord("test.written", "test", "x", Classification.PUBLIC, null, null, null)))
			.isInstanceOf(Exception.class);
	}

	@Test
	void aChangedEntryIsNamed() {
		long target = this.first + 1;
		String original = this.jdbc.queryForObject("select after_state from audit_entry where seq = ?", String.class,
				target);
		try {
			this.jdbc.update("update audit_entry set after_state = ? where seq = ?", "{\"n\":999}", target);
			ChainVerification result = this.trail.verify();
			assertThat(result.valid()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(target);
			assertThat(result.problem()).contains("changed");
		}
		finally {
			this.jdbc.update("update audit_entry set after_state = ? where seq = ?", original, target);
		}
		assertThat(this.trail.verify().valid()).isTrue();
	}

	@Test
	void aRemovedEntryIsNamed() {
		long target = this.first + 1;
		Map<String, Object> row = this.jdbc.queryForMap("select * from audit_entry where seq = ?", target);
		try {
			this.jdbc.update("delete from audit_entry where seq = ?", target);
			ChainVerification result = this.trail.verify();
			assertThat(result.valid()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(target);
			assertThat(result.problem()).contains("missing");
		}
		finally {
			reinsert(row);
		}
		assertThat(this.trail.verify().valid()).isTrue();
	}

	@Test
	void aRemovedLastEntryIsNoticedThroughTheHead() {
		long last = this.first + 2;
		Map<String, Object> row = this.jdbc.queryForMap("select * from audit_entry where seq = ?", last);
		try {
			this.jdbc.update("delete from audit_entry where seq = ?", last);
			ChainVerification result = this.trail.verify();
			assertThat(result.valid()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(last);
		}
		finally {
			reinsert(row);
		}
		assertThat(this.trail.verify().valid()).isTrue();
	}

	@Test
	void reorderedEntriesAreNamed() {
		long a = this.first;
		long b = this.first + 1;
		Map<String, Object> rowA = this.jdbc.queryForMap("select * from audit_entry where seq = ?", a);
		Map<String, Object> rowB = this.jdbc.queryForMap("select * from audit_entry where seq = ?", b);
		try {
			this.jdbc.update("delete from audit_entry where seq in (?, ?)", a, b);
			reinsert(withSeq(rowA, b));
			reinsert(withSeq(rowB, a));
			ChainVerification result = this.trail.verify();
			assertThat(result.valid()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(a);
		}
		finally {
			this.jdbc.update("delete from audit_entry where seq in (?, ?)", a, b);
			reinsert(rowA);
			reinsert(rowB);
		}
		assertThat(this.trail.verify().valid()).isTrue();
	}

	private static Map<String, Object> withSeq(Map<String, Object> row, long seq) {
		Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
		copy.put("seq", seq);
		return copy;
	}

	private void reinsert(Map<String, Object> row) {
		List<String> columns = List.copyOf(row.keySet());
		String sql = "insert into audit_entry (" + String.join(", ", columns) + ") values ("
				+ String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
		this.jdbc.update(sql, columns.stream().map(row::get).toArray());
	}

}

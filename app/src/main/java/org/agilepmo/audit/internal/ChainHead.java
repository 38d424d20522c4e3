package org.agilepmo.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that names the last entry of the chain. Writers lock it for the length
 * of their transaction, which makes appends from concurrent transactions (and app
 * instances) strictly one after another.
 */
@Entity
@Table(name = "audit_chain_head")
class ChainHead {

	@Id
	private int id;

	@Column(name = "last_seq", nullable = false)
	private long lastSeq;

	@Column(name = "last_hash", nullable = false)
	private String lastHash;

	protected ChainHead() {
	}

	long lastSeq() {
		return this.lastSeq;
	}

	String lastHash() {
		return this.lastHash;
	}

	void advanceTo(long seq, String hash) {
		this.lastSeq = seq;
		this.lastHash = hash;
	}

}

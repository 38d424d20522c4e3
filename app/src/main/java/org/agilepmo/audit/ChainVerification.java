package org.agilepmo.audit;

/**
 * The outcome of checking the whole chain: how many entries were checked and, when the
 * chain is broken, the first entry at fault and why.
 */
public record ChainVerification(boolean valid, long entriesChecked, Long firstBrokenSeq, String problem) {

	public static ChainVerification intact(long checked) {
		return new ChainVerification(true, checked, null, null);
	}

	public static ChainVerification brokenAt(long checked, long seq, String problem) {
		return new ChainVerification(false, checked, seq, problem);
	}

}

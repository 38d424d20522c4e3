package org.agilepmo.architecture.internal;

/** What a catalogue entry is: a standard to follow, a pattern to reuse, a technology. */
public enum EntryKind {

	STANDARD, PATTERN, TECHNOLOGY

}

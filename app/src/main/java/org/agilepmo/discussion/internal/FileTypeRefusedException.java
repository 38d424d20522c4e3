package org.agilepmo.discussion.internal;

import org.agilepmo.shared.RuleViolationException;

/** A file of a type that may not be attached (a program, a script, a web page...). */
class FileTypeRefusedException extends RuleViolationException {

	FileTypeRefusedException(String fileName, String type) {
		super("file", "discussion.attachment.typeRefused", fileName + " is a file of type " + type
				+ ", which may not be attached: attach documents, spreadsheets, presentations, PDF, images or text",
				fileName, type);
	}

}

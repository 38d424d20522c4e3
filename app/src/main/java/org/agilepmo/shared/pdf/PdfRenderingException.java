package org.agilepmo.shared.pdf;

/**
 * A document could not be made: its template failed (a missing variable, a fragment that
 * does not exist) or its layout did. A programming error, not the reader's: it reaches
 * the error page or the API's problem as a server error, naming the template.
 */
public class PdfRenderingException extends RuntimeException {

	PdfRenderingException(String template, Throwable cause) {
		super("The document " + template + " could not be rendered: " + cause.getMessage(), cause);
	}

}

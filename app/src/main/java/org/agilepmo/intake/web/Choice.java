package org.agilepmo.intake.web;

/** One choice of a select box: the id sent back and the label shown. */
public record Choice(long id, String label) {

}

package org.agilepmo.portfolio.web;

/** One choice of a select box: the id sent back and the label shown. */
record Option(long id, String label) {

}

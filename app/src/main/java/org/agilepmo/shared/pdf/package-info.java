/**
 * Documents as PDF: {@link org.agilepmo.shared.pdf.PdfDocuments} renders the platform's
 * Thymeleaf templates with its embedded fonts, in any of its languages (Arabic right to
 * left), for every module that hands out a document.
 */
package org.agilepmo.shared.pdf;

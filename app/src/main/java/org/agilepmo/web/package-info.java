/**
 * The shared web layer: page layout, languages and right-to-left support, locale-aware
 * formats, the home page, error pages, and the API conventions every module's controllers
 * follow (problem+json errors, ETag and If-Match).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.agilepmo.web;

/**
 * Knowledge base: pages of a project, of a unit and of the PMO (the methodology, its
 * templates and checklists) written in Markdown, linked to each other by title, with
 * every version kept, viewable and compared, files attached through the discussion
 * module, and found through the workspace's search under each page's access rule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge base")
package org.agilepmo.knowledge;

/**
 * The workspace: a person's home page (what needs them, their projects, the recent
 * changes they may see), the global search and the project, programme and portfolio hubs.
 * It owns no business object; it reads every module's objects through the shared kernel's
 * {@link org.agilepmo.shared.ObjectDirectory} beans, so that every hit, work entry and
 * change shown has passed the owning module's access rule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workspace")
package org.agilepmo.workspace;

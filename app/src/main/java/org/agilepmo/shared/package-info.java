/**
 * The shared kernel: the few value types every module speaks (classification, screening
 * level, global roles, the acting person) and the exceptions that carry the platform's
 * rules across module boundaries. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
		displayName = "Shared kernel")
package org.agilepmo.shared;

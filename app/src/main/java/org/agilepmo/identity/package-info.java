/**
 * People's accounts: who they are, their global roles and screening level, how they sign
 * in (password form login, personal API tokens) and the platform's security
 * configuration. Other modules learn about people through
 * {@link org.agilepmo.identity.People}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package org.agilepmo.identity;

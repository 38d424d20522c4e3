package org.agilepmo.architecture.internal;

/** Where an application runs. */
public enum Hosting {

	ON_PREMISES, PRIVATE_CLOUD, PUBLIC_CLOUD, SAAS

}

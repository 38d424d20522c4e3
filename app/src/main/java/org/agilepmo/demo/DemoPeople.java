package org.agilepmo.demo;

import java.util.List;
import java.util.Set;

import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;

/** The demo cast: one person for each kind of user the platform serves. */
final class DemoPeople {

	record DemoPerson(String username, String displayName, ScreeningLevel screening, Set<GlobalRole> roles,
			List<String> units) {
	}

	static final List<DemoPerson> ALL = List.of(
			person("pmo.head", "Helena Okafor (PMO head)", ScreeningLevel.ENHANCED, Set.of(GlobalRole.PMO_OFFICER),
					"CC-PMO"),
			person("pmo.analyst", "Rafael Duarte (PMO officer)", ScreeningLevel.BASIC, Set.of(GlobalRole.PMO_OFFICER),
					"CC-PMO"),
			person("pm.amina", "Amina Diallo (IT project manager)", ScreeningLevel.ENHANCED, Set.of(), "CC-PMO"),
			person("pm.tomas", "Tomás Weber (project manager)", ScreeningLevel.BASIC, Set.of(), "CC-PMO"),
			person("po.lucas", "Lucas Martin (product owner)", ScreeningLevel.BASIC, Set.of(), "SQ-ALPHA"),
			person("dev.sara", "Sara Haddad (developer)", ScreeningLevel.BASIC, Set.of(), "SQ-ALPHA", "CC-DEV"),
			person("dev.ken", "Ken Ito (developer)", ScreeningLevel.NONE, Set.of(), "SQ-BRAVO", "CC-DEV"),
			person("qa.nadia", "Nadia Rahman (test engineer)", ScreeningLevel.BASIC, Set.of(), "SQ-CHARLIE",
					"CC-DEVOPS"),
			person("cc.head", "Olga Petrova (head of Development)", ScreeningLevel.ENHANCED, Set.of(), "CC-DEV"),
			person("architect", "Samuel Mensah (solution architect)", ScreeningLevel.ENHANCED, Set.of(), "CC-SD"),
			person("cto", "Isabel Romero (CTO, architecture board)", ScreeningLevel.ENHANCED, Set.of(), "ICT"),
			person("unit.coord", "Youssef Amrani (unit coordinator)", ScreeningLevel.ENHANCED, Set.of(), "POL-CRIM"),
			person("proc.officer", "Grace Mwangi (procurement officer)", ScreeningLevel.BASIC, Set.of(), "ICT"),
			person("sponsor", "Director Li Wei (sponsor)", ScreeningLevel.ENHANCED, Set.of(), "POL"),
			person("business.owner", "Fatima Zahra (business owner)", ScreeningLevel.BASIC, Set.of(), "POL-BORD"),
			person("donor", "Jonas Berg (donor representative)", ScreeningLevel.NONE, Set.of()),
			person("auditor", "Claire Dubois (auditor)", ScreeningLevel.ENHANCED, Set.of(GlobalRole.AUDITOR)));

	private DemoPeople() {
	}

	private static DemoPerson person(String username, String name, ScreeningLevel screening, Set<GlobalRole> roles,
			String... units) {
		return new DemoPerson(username, name, screening, roles, List.of(units));
	}

}

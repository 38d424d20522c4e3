package org.agilepmo.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrgUnitDetails;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.organisation.OrganisationManagement.NewUnit;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.resources.internal.ProfileDraft;
import org.agilepmo.resources.internal.ResourceService;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The resources module started with only the modules it uses (identity, organisation,
 * portfolio, audit, web): an administrator names a centre's head, who gives a person a
 * profile and reads their capacity and cost rate through the published API; a member who
 * heads nothing may not.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles("test")
@Import(IdentityFixtures.class)
class ResourcesModuleTest {

	@Autowired
	IdentityFixtures identity;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	ResourceService resources;

	@Autowired
	Capacity capacity;

	@Autowired
	CostRates rates;

	@Test
	void aCentresHeadGivesAPersonAProfileWhoseCapacityAndRateOthersRead() {
		PersonSummary admin = this.identity.person("admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		PersonSummary head = this.identity.person("head", ScreeningLevel.ENHANCED);
		PersonSummary dev = this.identity.person("dev", ScreeningLevel.BASIC);
		long centre = this.identity.actingAs(admin, () -> {
			OrgUnitDetails directorate = this.organisation
				.create(new NewUnit(code("DIR"), "Directorate", UnitType.DIRECTORATE, null, null));
			long id = this.organisation
				.create(new NewUnit(code("CC"), "Centre", UnitType.COMPETENCY_CENTRE, directorate.id(), null))
				.id();
			this.resources.nameHead(IdentityFixtures.actor(admin), id, head.id());
			return id;
		});

		long resource = this.identity.actingAs(head,
				() -> this.resources
					.createPerson(IdentityFixtures.actor(head), dev.id(),
							new ProfileDraft(null, centre, "XH", BigDecimal.valueOf(7.5), "1111100", 80, null))
					.id());
		this.identity.actingAs(head, () -> this.resources.addRate(IdentityFixtures.actor(head), resource,
				new BigDecimal("64.25"), "CHF", LocalDate.of(2031, 1, 1), null));

		assertThat(this.capacity.hoursOn(dev.id(), LocalDate.of(2031, 1, 6))).isEqualByComparingTo("6.00");
		assertThat(this.rates.rateOn(dev.id(), LocalDate.of(2031, 1, 6))).get()
			.satisfies(r -> assertThat(r.currency().getCurrencyCode()).isEqualTo("CHF"));
	}

	@Test
	void aMemberWhoHeadsNothingMayNotGiveProfiles() {
		PersonSummary member = this.identity.person("member", ScreeningLevel.ENHANCED);
		PersonSummary dev = this.identity.person("dev", ScreeningLevel.BASIC);

		assertThatThrownBy(() -> this.identity.actingAs(member, () -> this.resources
			.createPerson(IdentityFixtures.actor(member), dev.id(), ProfileDraft.standard(null, "XH"))))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static String code(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}

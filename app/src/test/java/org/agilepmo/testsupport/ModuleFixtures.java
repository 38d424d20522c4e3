package org.agilepmo.testsupport;

import org.agilepmo.delivery.DeliveryFixtures;
import org.agilepmo.discussion.DiscussionFixtures;
import org.agilepmo.finance.FinanceFixtures;
import org.agilepmo.governance.GovernanceFixtures;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.intake.IntakeFixtures;
import org.agilepmo.notification.NotificationFixtures;
import org.agilepmo.planning.PlanningFixtures;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.shared.SampleObjects;
import org.agilepmo.risk.RiskFixtures;
import org.agilepmo.resources.ResourcesFixtures;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Every module's public test support, imported as one, so that every test of the whole
 * application (pages, API, browser) has the same context and they all share it.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ IdentityFixtures.class, PortfolioFixtures.class, PlanningFixtures.class, DeliveryFixtures.class,
		IntakeFixtures.class, GovernanceFixtures.class, SampleObjects.class, DiscussionFixtures.class,
		NotificationFixtures.class, RiskFixtures.class, ResourcesFixtures.class, FinanceFixtures.class,
		org.agilepmo.risk.ScheduleImpactFixtures.class, org.agilepmo.webhooks.WebhooksFixtures.class,
		org.agilepmo.reporting.ReportingFixtures.class, org.agilepmo.procurement.ProcurementFixtures.class,
		org.agilepmo.partners.PartnersFixtures.class, org.agilepmo.knowledge.KnowledgeFixtures.class,
		org.agilepmo.quality.QualityFixtures.class, org.agilepmo.meetings.MeetingsFixtures.class,
		org.agilepmo.architecture.ArchitectureFixtures.class, org.agilepmo.events.EventsFixtures.class })
public class ModuleFixtures {

}

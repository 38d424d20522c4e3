package org.agilepmo.events.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The topics of the assessments. */
public interface NeedsTopics extends JpaRepository<NeedsTopic, Long> {

	List<NeedsTopic> findByCampaignIdOrderByIdAsc(long campaignId);

}

package vn.parindex.campaign;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the reminder schedule and stands in for the assessment module's
 * {@link SubmissionStatus} until it provides one.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CampaignConfiguration {

	/** Nobody has submitted: every participant gets reminders. */
	@Bean
	@ConditionalOnMissingBean(SubmissionStatus.class)
	SubmissionStatus everyoneStillToSubmit(CampaignCatalog catalog) {
		return (campaignId) -> catalog.get(campaignId).unitIds();
	}

}

package vn.parindex.campaign;

import java.time.Instant;

/**
 * One line of a campaign's history: who did what, when. {@code action} is a code with a
 * label in the campaign bundle ({@code campaign.event.<ACTION>}); {@code detail} holds
 * unit codes and dates, the same in every language.
 */
public record CampaignEvent(Instant occurredAt, String actor, String action, String detail) {
}

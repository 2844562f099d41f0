package vn.parindex.campaign;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * In-app notices about a campaign's unit that other modules send (a statistic of the unit
 * fell below a tier, issue 13). Each reader sees the notice in her language: it is stored
 * as a message key with its arguments. A notice names what it is about in a dedupe key:
 * it is stored at most once per user and key, however often or on however many nodes it
 * is sent (a unique index, no lock).
 */
@Component
public class CampaignNotices {

	private static final int ARGUMENT_LENGTH = 500;

	private final Notices notices;

	CampaignNotices(Notices notices) {
		this.notices = notices;
	}

	/**
	 * Stores the notice for each user who has not had it yet, in the caller's transaction
	 * if any.
	 * @param messageKey a bundle key, e.g. {@code statistics.board.notice.fellBelow}
	 * @param arguments the message's arguments, as text
	 * @param link where opening the notice leads, a path of the application
	 * @param dedupeKey what the notice is about, at most 300 characters
	 * @return how many users got it now (not before)
	 */
	public int post(Collection<Long> userIds, long campaignId, long unitId, String messageKey, List<String> arguments,
			String link, String dedupeKey) {
		if (dedupeKey == null || dedupeKey.isBlank() || dedupeKey.length() > 300) {
			throw new IllegalArgumentException("A notice needs a dedupe key of 1 to 300 characters");
		}
		if (link == null || !link.startsWith("/") || link.startsWith("//")) {
			throw new IllegalArgumentException("A notice links to a path of the application: " + link);
		}
		// the separator of the stored arguments and NUL never reach the table
		List<String> texts = arguments.stream()
			.map((argument) -> (argument == null) ? "" : argument.replace('\u001F', ' ').replace('\0', ' '))
			.map((argument) -> (argument.length() > ARGUMENT_LENGTH) ? argument.substring(0, ARGUMENT_LENGTH)
					: argument)
			.toList();
		int sent = 0;
		for (long user : userIds) {
			if (notices.add(user, campaignId, unitId, messageKey, texts, link, dedupeKey)) {
				sent++;
			}
		}
		return sent;
	}

}

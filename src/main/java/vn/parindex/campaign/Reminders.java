package vn.parindex.campaign;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.parindex.accounts.AccountService;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Delivers a reminder to the people who can act on it, the unit's leaders and officers:
 * an in-app notice always, an e-mail too when SMTP is configured
 * ({@code spring.mail.host}). E-mail is in Vietnamese, the language of the units.
 */
@Component
class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final AccountService accounts;

	private final Notices notices;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final String from;

	Reminders(AccountService accounts, Notices notices, ObjectProvider<JavaMailSender> mail, MessageSource messages,
			@Value("${parindex.mail.from:parindex@localhost}") String from) {
		this.accounts = accounts;
		this.notices = notices;
		this.mail = mail;
		this.messages = messages;
		this.from = from;
	}

	/** The enabled leaders and officers of each unit. */
	Map<Long, List<UserView>> recipients() {
		return accounts.list(null)
			.stream()
			.filter((user) -> user.enabled() && user.unitId() != null)
			.filter((user) -> user.roles().contains(Role.UNIT_LEADER) || user.roles().contains(Role.UNIT_OFFICER))
			.collect(Collectors.groupingBy(UserView::unitId));
	}

	/**
	 * @return how many notices were new
	 */
	int deliver(Reminder reminder, List<UserView> recipients) {
		int sent = 0;
		for (UserView user : recipients) {
			if (notices.add(user.id(), reminder)) {
				sent++;
				mail(user, reminder);
			}
		}
		return sent;
	}

	private void mail(UserView user, Reminder reminder) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null || user.email() == null || user.email().isBlank()) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(user.email());
		message.setSubject(messages.getMessage("campaign.mail.subject", null, VIETNAMESE));
		message.setText(messages.getMessage(Reminder.MESSAGE, reminder.arguments().toArray(), VIETNAMESE));
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			log.warn("Reminder e-mail to {} failed; the in-app notice stands", user.username(), ex);
		}
	}

}

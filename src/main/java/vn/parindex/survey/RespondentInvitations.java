package vn.parindex.survey;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * A named respondent's personal invitation, in Vietnamese: an e-mail with her link when
 * SMTP is configured ({@code spring.mail.host}), and a printed letter (one A4 page each)
 * with the link and its QR code. The link holds her token, which is stored nowhere: the
 * letters and e-mails are made at the moment the token is issued, and no log line names a
 * token or a link.
 */
@Component
class RespondentInvitations {

	private static final Logger log = LoggerFactory.getLogger(RespondentInvitations.class);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final PublicLinks links;

	private final Printing printing;

	private final String from;

	RespondentInvitations(ObjectProvider<JavaMailSender> mail, MessageSource messages, PublicLinks links,
			Printing printing, @Value("${parindex.mail.from:parindex@localhost}") String from) {
		this.mail = mail;
		this.messages = messages;
		this.links = links;
		this.printing = printing;
		this.from = from;
	}

	/** Whether e-mail can be sent at all; without it, invitations are letters only. */
	boolean mailConfigured() {
		return mail.getIfAvailable() != null;
	}

	/**
	 * E-mails the invitation, or a reminder: with a new link when {@code token} is given,
	 * else telling her to go on with the link she has.
	 * @return whether the message went to the mail server
	 */
	boolean send(Invitation invitation, Kind kind) {
		JavaMailSender sender = mail.getIfAvailable();
		NamedRespondent respondent = invitation.respondent();
		if (sender == null || respondent.email() == null) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(respondent.email());
		message.setSubject(text("survey.respondents.mail." + kind.key + ".subject", invitation.survey().name()));
		message.setText(
				text("survey.respondents.mail." + kind.key + ".body", respondent.name(), invitation.survey().name(),
						invitation.unitName(), (invitation.token() != null) ? links.answer(invitation.token()) : "",
						DAY.format(invitation.survey().closesOn())));
		try {
			sender.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("Survey {}: the e-mail to respondent {} failed: {}", invitation.survey().id(), respondent.id(),
					ex.getClass().getSimpleName());
			return false;
		}
	}

	/** The letters, one page each, as one PDF. */
	byte[] letters(List<Invitation> invitations) {
		StringBuilder html = new StringBuilder("""
				<html><head><style>
				@page { size: A4; margin: 22mm 20mm; }
				body { font-family: 'DejaVu Sans'; font-size: 11pt; line-height: 1.45; }
				.letter { page-break-after: always; }
				.letter.last { page-break-after: auto; }
				h1 { font-size: 15pt; text-align: center; margin: 0 0 8mm 0; }
				.to { font-weight: bold; }
				.link { font-size: 11pt; font-weight: bold; word-wrap: break-word; }
				.qr { text-align: center; margin: 6mm 0; }
				.note { font-size: 9pt; color: #333; margin-top: 8mm; }
				</style></head><body>
				""");
		for (int i = 0; i < invitations.size(); i++) {
			html.append(letter(invitations.get(i), i == invitations.size() - 1));
		}
		return printing.pdf(html.append("</body></html>").toString());
	}

	private String letter(Invitation invitation, boolean last) {
		NamedRespondent respondent = invitation.respondent();
		String link = links.answer(invitation.token());
		String position = (respondent.position() != null)
				? "<p>" + escape(text("survey.respondents.letter.position", respondent.position())) + "</p>" : "";
		return """
				<div class="letter%s"><h1>%s</h1>
				<p class="to">%s</p>%s
				<p>%s</p><p>%s</p>
				<div class="qr"><img src="%s" width="170" height="170" alt=""/></div>
				<p class="link">%s</p>
				<p>%s</p><p class="note">%s</p></div>
				""".formatted(last ? " last" : "", escape(text("survey.respondents.letter.title")),
				escape(text("survey.respondents.letter.to", respondent.name())), position,
				escape(text("survey.respondents.letter.body", invitation.survey().name(), invitation.unitName())),
				escape(text("survey.respondents.letter.scan")), Printing.qrDataUri(link, 340), escape(link),
				escape(text("survey.respondents.letter.closes", DAY.format(invitation.survey().closesOn()))),
				escape(text("survey.respondents.letter.note")));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, VIETNAMESE);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	/**
	 * What a respondent is sent: her survey, the name of the unit she evaluates, and her
	 * new token ({@code null} for a reminder without a link).
	 */
	record Invitation(NamedRespondent respondent, Survey survey, String unitName, String token) {
	}

	enum Kind {

		INVITATION("invitation"), REMINDER("reminder"), REMINDER_WITHOUT_LINK("reminderStarted");

		private final String key;

		Kind(String key) {
			this.key = key;
		}

	}

}

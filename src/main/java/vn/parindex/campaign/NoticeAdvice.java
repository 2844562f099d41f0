package vn.parindex.campaign;

import vn.parindex.accounts.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The unread count behind the bell in every page's header.
 */
@ControllerAdvice(annotations = Controller.class)
class NoticeAdvice {

	private final Notices notices;

	NoticeAdvice(Notices notices) {
		this.notices = notices;
	}

	/** {@code null} for anonymous pages, which show no bell. */
	@ModelAttribute("unreadNotices")
	Long unreadNotices(@AuthenticationPrincipal CurrentUser user) {
		return (user != null) ? notices.unread(user.id()) : null;
	}

}

package vn.parindex.audit;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one writer and reader of every audit table, on the real database: the accounts
 * module's table serves as the sample, having no references to other tables.
 */
@IntegrationTest
class AuditTrailTests {

	private static final String TABLE = "accounts_audit_event";

	@Autowired
	AuditTrails trails;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MessageSource messages;

	@Test
	void aRecordedChangeIsReadBackWithWhenAndEveryPartNewestFirst() {
		AuditTrail trail = trails.trail(TABLE, "audit.action", List.of());
		long subject = someId();
		transactions.executeWithoutResult((tx) -> {
			trail
				.record(AuditChange.of(subject, "an", "USER_UPDATED").scope(7L).item("b").values("x", "y").reason("r"));
			trail.record(AuditChange.of(subject, "an", "PASSWORD_RESET"));
		});
		List<AuditRecord> lines = trail.of(subject);
		assertThat(lines).extracting(AuditRecord::action).containsExactly("PASSWORD_RESET", "USER_UPDATED");
		assertThat(lines.get(1)).satisfies((line) -> {
			assertThat(line.module()).isEqualTo("accounts");
			assertThat(line.label()).isEqualTo("audit.action.USER_UPDATED");
			assertThat(line.occurredAt()).isNotNull();
			assertThat(line)
				.extracting(AuditRecord::subjectId, AuditRecord::scopeId, AuditRecord::item, AuditRecord::actor,
						AuditRecord::oldValue, AuditRecord::newValue, AuditRecord::reason)
				.containsExactly(subject, 7L, "b", "an", "x", "y", "r");
		});
		assertThat(trail.latest(subject, 1)).extracting(AuditRecord::action).containsExactly("PASSWORD_RESET");
		assertThat(trail.ofSubjectInScope(subject, 7L)).extracting(AuditRecord::action).containsExactly("USER_UPDATED");
	}

	@Test
	void aLineCommitsWithTheChangeItRecordsOrNotAtAll() {
		AuditTrail trail = trails.trail(TABLE, "audit.action", List.of());
		long subject = someId();
		transactions.executeWithoutResult((tx) -> {
			trail.record(AuditChange.of(subject, "an", "USER_UPDATED"));
			tx.setRollbackOnly();
		});
		assertThat(trail.of(subject)).isEmpty();
	}

	@Test
	void theSearchFindsTheLinesAdministratorsSeeByTextModuleAndAction() {
		AuditTrail trail = trails.trail(TABLE, "audit.action", List.of());
		String actor = "kiem-tra-" + someId();
		transactions.executeWithoutResult((tx) -> {
			trail.record(AuditChange.of(null, actor, "LOGIN").item(actor));
			trail.record(AuditChange.of(null, actor, "NOT_FOR_ADMINISTRATORS"));
		});
		assertThat(trails.search(new AuditQuery(actor, null, null, 0, 10)).records()).extracting(AuditRecord::action)
			.containsExactly("LOGIN");
		assertThat(trails.search(new AuditQuery(actor.toUpperCase(Locale.ROOT), "accounts", "LOGIN", 0, 10)).total())
			.isEqualTo(1);
		assertThat(trails.search(new AuditQuery(actor, "assessment", null, 0, 10)).total()).isZero();
		assertThat(trails.search(new AuditQuery(actor, null, "LOGOUT", 0, 10)).total()).isZero();
	}

	@Test
	void everyActionAdministratorsSeeHasALabelInBothLanguages() {
		assertThat(trails.modules()).contains("accounts", "framework", "units", "campaign", "assessment", "appraisal",
				"scoring");
		for (String module : trails.modules()) {
			for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
				trails.labelsShown(module)
					.forEach((key) -> assertThat(messages.getMessage(key, null, null, locale)).as(key).isNotNull());
			}
		}
	}

	private static long someId() {
		return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
	}

}

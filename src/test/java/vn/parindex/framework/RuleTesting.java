package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import vn.parindex.problem.Refusal;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Shorthands for the rule tests: rules and inputs from text, and the check that a call
 * fails with a given message key and arguments.
 */
final class RuleTesting {

	private RuleTesting() {
	}

	static Rule rule(RuleKind kind, String parameters, String max) {
		return Rule.parse(kind, parameters, new BigDecimal(max));
	}

	static BigDecimal decimal(String value) {
		return new BigDecimal(value);
	}

	static RuleInput.Number number(String value) {
		return new RuleInput.Number(new BigDecimal(value));
	}

	static RuleInput.Ratio ratio(long numerator, long denominator) {
		return new RuleInput.Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
	}

	static RuleInput.Count count(String value) {
		return new RuleInput.Count(new BigDecimal(value));
	}

	static RuleInput.Mean mean(String value) {
		return new RuleInput.Mean(new BigDecimal(value));
	}

	/**
	 * A framework of the nodes (valid ones), rounding computed leaves to 2 decimals or
	 * not.
	 */
	static FrameworkView view(boolean roundComputed, FrameworkNode... nodes) {
		FrameworkSettings settings = new FrameworkSettings("Thử", 2026, "PROVINCE", BigDecimal.ZERO, BigDecimal.ZERO,
				roundComputed);
		FrameworkTree tree = FrameworkTree.of(List.of(nodes));
		return new FrameworkView(
				new FrameworkInfo(1, settings, FrameworkStatus.DRAFT, null, java.time.Instant.EPOCH, tree.summary()),
				tree);
	}

	/**
	 * Asserts the call fails with the key and arguments; numbers compare by value, so
	 * {@code 2} matches {@code 2.00}.
	 */
	static void assertRuleError(ThrowingCallable call, String key, Object... arguments) {
		Refusal error = catchThrowableOfType(Refusal.class, call);
		assertThat(error).as("expected a Refusal %s", key).isNotNull();
		assertThat(error.messageKey()).isEqualTo(key);
		assertThat(Arrays.stream(error.arguments()).map(RuleTesting::text))
			.containsExactly(Arrays.stream(arguments).map(RuleTesting::text).toArray(String[]::new));
	}

	private static String text(Object argument) {
		if (argument instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		return String.valueOf(argument);
	}

}

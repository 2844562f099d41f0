package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Random but valid rule parameters and inputs for the property tests. Maxima are
 * multiples of 0.04 and percentages multiples of 25%, so that every percentage resolves
 * to whole cents and scaling a rule is exact. Absolute values are drawn against a base
 * maximum and written multiplied by {@code factor}, so that the same draws give a rule
 * and its scaled copy.
 */
final class RandomRules {

	private static final int[] PERCENTS = { 0, 25, 50, 75, 100 };

	private RandomRules() {
	}

	static BigDecimal max(Random random) {
		return BigDecimal.valueOf(4L * (1 + random.nextInt(500)), 2);
	}

	static String levels(Random random, BigDecimal max, int factor) {
		List<String> levels = new ArrayList<>();
		int count = 2 + random.nextInt(4);
		for (int i = 1; i <= count; i++) {
			levels.add("Mức " + i + "=" + amount(random, max).text(factor, random));
		}
		return String.join("; ", levels);
	}

	static String tiers(Random random, BigDecimal max, int factor) {
		int count = 1 + random.nextInt(4);
		TreeSet<BigDecimal> thresholds = new TreeSet<>(Comparator.reverseOrder());
		while (thresholds.size() < count) {
			thresholds.add(BigDecimal.valueOf(random.nextInt(1500), 1));
		}
		List<Drawn> points = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			points.add(amount(random, max));
		}
		points.sort(Comparator.comparing((Drawn drawn) -> drawn.of(max)).reversed());
		List<String> tiers = new ArrayList<>();
		int i = 0;
		for (BigDecimal threshold : thresholds) {
			tiers.add(separator(threshold.toPlainString(), random) + "%=" + points.get(i++).text(factor, random));
		}
		return String.join("; ", tiers);
	}

	/** Any valid rule of any kind. */
	static Rule rule(Random random) {
		BigDecimal max = max(random);
		RuleKind kind = RuleKind.values()[random.nextInt(RuleKind.values().length)];
		String parameters = switch (kind) {
			case MANUAL -> "step=" + BigDecimal.valueOf(1 + random.nextInt(max.movePointRight(2).intValue()), 2);
			case YES_NO -> "";
			case LEVELS -> levels(random, max, 1);
			case RATIO_TIERS -> random.nextInt(4) == 0 ? linear(random) : tiers(random, max, 1);
			case DEDUCTION -> "step=" + BigDecimal.valueOf(1 + random.nextInt(400), 2);
			case SURVEY_SCALE -> "scale=" + (2 + random.nextInt(10));
			case SURVEY_SCORE -> "";
			case FORMULA -> formula(random);
		};
		return Rule.parse(kind, parameters, max);
	}

	/** {@code linear}, half the time with a target from 0.1% to 100%. */
	static String linear(Random random) {
		if (random.nextBoolean()) {
			return "linear";
		}
		return "linear; target=" + BigDecimal.valueOf(1 + random.nextInt(1000), 1).toPlainString() + "%";
	}

	/**
	 * One to four variables, each used in one term: a multiple, a capped multiple, a
	 * quotient by a number other than 0, a distance; added or subtracted.
	 */
	static String formula(Random random) {
		int count = 1 + random.nextInt(4);
		StringBuilder declared = new StringBuilder();
		StringBuilder expression = new StringBuilder();
		for (int i = 0; i < count; i++) {
			String name = "V" + i;
			declared.append(name).append("=IND_").append(random.nextInt(100)).append("; ");
			if (i > 0) {
				expression.append(random.nextInt(4) == 0 ? " - " : " + ");
			}
			String number = BigDecimal.valueOf(1 + random.nextInt(1000), random.nextInt(3)).toPlainString();
			expression.append(switch (random.nextInt(4)) {
				case 0 -> number + "*" + name;
				case 1 -> "min(" + number + ", 2.5*" + name + ")";
				case 2 -> name + " / " + number;
				default -> "abs(" + name + " - " + number + ")";
			});
		}
		return declared + "formula=" + expression;
	}

	/** A valid input for the rule. */
	static RuleInput input(Rule rule, Random random) {
		if (rule instanceof ManualRule manual) {
			BigDecimal step = manual.step().of(manual.max());
			int steps = manual.max().divideToIntegralValue(step).intValue();
			return new RuleInput.Number(step.multiply(BigDecimal.valueOf(random.nextInt(steps + 1))));
		}
		if (rule instanceof LevelsRule levels) {
			return new RuleInput.Level(levels.levels().get(random.nextInt(levels.levels().size())).name());
		}
		if (rule instanceof SurveyScaleRule survey) {
			long thousandths = 1000 + random.nextInt((survey.scale() - 1) * 1000 + 1);
			return new RuleInput.Mean(BigDecimal.valueOf(thousandths, 3));
		}
		return switch (rule.kind()) {
			case YES_NO -> new RuleInput.YesNo(random.nextBoolean());
			case RATIO_TIERS -> RuleTesting.ratio(random.nextInt(1000), 1 + random.nextInt(1000));
			case DEDUCTION -> new RuleInput.Count(BigDecimal.valueOf(random.nextInt(50)));
			case SURVEY_SCORE -> new RuleInput.Score(BigDecimal.valueOf(random.nextInt(1_000_001), 6));
			case FORMULA -> {
				java.util.Map<String, BigDecimal> values = new java.util.HashMap<>();
				rule.indicators().keySet().forEach((name) -> values.put(name, value(random)));
				yield new RuleInput.Values(values);
			}
			default -> throw new IllegalArgumentException(rule.kind().name());
		};
	}

	/** A rate as a share up to 150% with 6 decimals, or a whole count up to 50. */
	private static BigDecimal value(Random random) {
		return random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(1_500_001), 6)
				: BigDecimal.valueOf(random.nextInt(51));
	}

	private static Drawn amount(Random random, BigDecimal max) {
		if (random.nextBoolean()) {
			return new Drawn(BigDecimal.valueOf(PERCENTS[random.nextInt(PERCENTS.length)]), true);
		}
		return new Drawn(BigDecimal.valueOf(random.nextInt(max.movePointRight(2).intValue() + 1), 2), false);
	}

	private static String separator(String number, Random random) {
		return random.nextBoolean() ? number : number.replace('.', ',');
	}

	private record Drawn(BigDecimal value, boolean percent) {

		BigDecimal of(BigDecimal max) {
			return percent ? max.multiply(value).movePointLeft(2) : value;
		}

		String text(int factor, Random random) {
			return percent ? value + "%"
					: separator(value.multiply(BigDecimal.valueOf(factor)).toPlainString(), random);
		}

	}

}

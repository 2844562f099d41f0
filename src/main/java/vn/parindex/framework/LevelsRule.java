package vn.parindex.framework;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import vn.parindex.problem.Refusal;

/**
 * {@link RuleKind#LEVELS}: the appraiser picks one of named levels (mức), e.g. "Xuất
 * sắc", "Tốt", "Hoàn thành", "Không". Levels keep the order they were written in, which
 * is the order a form shows them.
 */
record LevelsRule(List<Level> levels, BigDecimal max) implements Rule {

	static final String EXAMPLE = "Xuất sắc=100%; Tốt=75%; Hoàn thành=50%; Không=0";

	LevelsRule {
		max = Points.max(max);
		levels = List.copyOf(levels);
		if (levels.size() < 2) {
			throw Refusal.badRequest("framework.rule.error.tooFewLevels");
		}
		Set<String> keys = new HashSet<>();
		for (Level level : levels) {
			if (!keys.add(level.key())) {
				throw Refusal.badRequest("framework.rule.error.duplicateLevel", level.name());
			}
			BigDecimal points = level.points().of(max);
			if (points.compareTo(max) > 0) {
				throw Refusal.badRequest("framework.rule.error.pointsAboveMax", level.name(), points, max);
			}
		}
	}

	static LevelsRule parse(String text, BigDecimal max) {
		RuleParameters parameters = new RuleParameters(text, EXAMPLE);
		List<Level> levels = parameters.pairs()
			.stream()
			.map((pair) -> new Level(pair.getKey(), parameters.amount(pair.getValue())))
			.toList();
		if (levels.isEmpty()) {
			throw parameters.bad();
		}
		return new LevelsRule(levels, max);
	}

	@Override
	public RuleKind kind() {
		return RuleKind.LEVELS;
	}

	@Override
	public BigDecimal points(RuleInput input) {
		RuleInput.Level chosen = Points.expect(input, RuleInput.Level.class, kind());
		if (chosen.name() == null) {
			throw Refusal.badRequest("framework.rule.error.missingValue");
		}
		String key = Level.key(chosen.name());
		return levels.stream()
			.filter((level) -> level.key().equals(key))
			.findFirst()
			.map((level) -> Points.of(level.points().of(max)))
			.orElseThrow(() -> Refusal.badRequest("framework.rule.error.unknownLevel", chosen.name().strip(),
					levels.stream().map(Level::name).collect(Collectors.joining(", "))));
	}

	@Override
	public String parameters() {
		return levels.stream()
			.map((level) -> level.name() + "=" + level.points().text())
			.collect(Collectors.joining("; "));
	}

	/**
	 * One named level. Names are kept in Unicode NFC: Vietnamese typed on some keyboards
	 * arrives decomposed ("ấ" as a + ̂ + ́), and must still match the same level.
	 */
	record Level(String name, Amount points) {

		Level {
			name = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
		}

		String key() {
			return key(name);
		}

		static String key(String name) {
			return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		}

	}

}

package vn.parindex.framework;

import java.math.BigDecimal;

/**
 * Parsing of rule parameters; implemented with the rule engine.
 */
final class Rules {

	private Rules() {
	}

	static Rule parse(RuleKind kind, String parameters, BigDecimal max) {
		throw new UnsupportedOperationException("rule engine not merged yet");
	}

}

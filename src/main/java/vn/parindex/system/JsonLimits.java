package vn.parindex.system;

import java.math.BigDecimal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import vn.parindex.problem.Refusal;
import vn.parindex.problem.Texts;
import vn.parindex.workbook.Decimals;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a JSON body may hold, checked as it is read, before any module sees it: text
 * without NUL characters and at most {@link Texts#MAX_ANY} characters long, numbers
 * within {@link Decimals}' bounds (a 10-byte {@code 1e99999999} would print in a hundred
 * million characters).
 */
@Configuration(proxyBeanMethods = false)
class JsonLimits {

	@Bean
	SimpleModule boundedJsonValues() {
		SimpleModule module = new SimpleModule("parindex-json-limits");
		module.addDeserializer(String.class, new CheckedText());
		module.addDeserializer(BigDecimal.class, new BoundedDecimal());
		return module;
	}

	static final class CheckedText extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String text = super.deserialize(parser, context);
			return Texts.fit(text, Texts.MAX_ANY, parser.currentName());
		}

	}

	static final class BoundedDecimal extends NumberDeserializers.BigDecimalDeserializer {

		@Override
		public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			BigDecimal value = super.deserialize(parser, context);
			if (!Decimals.isBounded(value)) {
				throw Refusal
					.badRequest("number.error.outOfRange", value.toString(), Decimals.MAX_INTEGER_DIGITS,
							Decimals.MAX_SCALE)
					.onField(parser.currentName());
			}
			return value;
		}

	}

}

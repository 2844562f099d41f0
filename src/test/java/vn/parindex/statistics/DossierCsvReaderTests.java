package vn.parindex.statistics;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The CSV reader of dossier and procedure files: RFC 4180 quoting, every line ending, and
 * fields taken whole from its buffer — also where a field crosses from one buffer to the
 * next.
 */
class DossierCsvReaderTests {

	@Test
	void quotedFieldsHoldCommasQuotesAndLineBreaks() throws Exception {
		assertThat(records("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\n1,2,3,4\n"))
			.containsExactly(List.of("a", "b,c", "say \"hi\"", "two\nlines"), List.of("1", "2", "3", "4"));
	}

	@Test
	void everyLineEndingEndsARecordAndTheLastNeedsNone() throws Exception {
		assertThat(records("a,b\r\nc,d\re,f\ng,h")).containsExactly(List.of("a", "b"), List.of("c", "d"),
				List.of("e", "f"), List.of("g", "h"));
	}

	@Test
	void aByteOrderMarkIsSkippedAndABlankLineIsOneEmptyField() throws Exception {
		assertThat(records("\uFEFFunit,dossier\n\n,x\n")).containsExactly(List.of("unit", "dossier"), List.of(""),
				List.of("", "x"));
	}

	@Test
	void aQuoteInsideAnUnquotedFieldIsALetterAndTextAfterAClosingQuoteGoesOn() throws Exception {
		assertThat(records("ab\"c,\"de\"f,Đà Nẵng\n")).containsExactly(List.of("ab\"c", "def", "Đà Nẵng"));
	}

	@Test
	void fieldsCrossingFromOneBufferToTheNextAreWhole() throws Exception {
		// the reader's buffer holds 65,536 characters: records of varied widths put every
		// kind of field across its edge somewhere
		StringBuilder text = new StringBuilder();
		List<List<String>> expected = new ArrayList<>();
		for (int i = 0; text.length() < 3 * 65_536; i++) {
			String plain = "HS-" + "x".repeat(i % 97) + i;
			String quoted = "q,\"" + i + "\"";
			String accented = "Đơn vị " + i;
			text.append(plain).append(",\"").append(quoted.replace("\"", "\"\"")).append("\",").append(accented);
			text.append((i % 3 == 0) ? "\r\n" : "\n");
			expected.add(List.of(plain, quoted, accented));
		}
		assertThat(records(text.toString())).isEqualTo(expected);
	}

	@Test
	void anOpenQuoteOrARecordTooLongEndsTheReading() {
		assertThatThrownBy(() -> records("a,\"b\n")).isInstanceOfSatisfying(DossierCsvReader.Unreadable.class,
				(unreadable) -> assertThat(unreadable.messageKey()).isEqualTo("statistics.dossiers.csv.openQuote"));
		assertThatThrownBy(() -> records("a," + "b".repeat(5000) + "\n")).isInstanceOfSatisfying(
				DossierCsvReader.Unreadable.class,
				(unreadable) -> assertThat(unreadable.messageKey()).isEqualTo("statistics.dossiers.csv.longRecord"));
	}

	private static List<List<String>> records(String text) throws DossierCsvReader.Unreadable {
		DossierCsvReader reader = new DossierCsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				4096, Long.MAX_VALUE);
		List<List<String>> records = new ArrayList<>();
		List<String> fields;
		while ((fields = reader.next()) != null) {
			records.add(List.copyOf(fields));
		}
		return records;
	}

}

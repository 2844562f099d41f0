package vn.parindex.assessment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names as people type them: the extension they claim and the header-safe spellings.
 */
class EvidenceFileNamesTests {

	@Test
	void theExtensionIsTheLowerCaseTextAfterTheLastDotOfTheLastPathSegment() {
		assertThat(EvidenceFileNames.extension("Báo cáo CCHC.PDF")).isEqualTo("pdf");
		assertThat(EvidenceFileNames.extension("C:\\Users\\canbo\\bao.cao\\scan")).isEmpty();
		assertThat(EvidenceFileNames.extension("archive.tar.exe")).isEqualTo("exe");
		assertThat(EvidenceFileNames.extension(null)).isEmpty();
	}

	@Test
	void digitsAfterADotAreNoExtension() {
		assertThat(EvidenceFileNames.extension("Báo cáo 12.2024")).isEmpty();
	}

	@Test
	void vietnameseLettersLoseTheirMarksInTheAsciiSpelling() {
		assertThat(EvidenceFileNames.ascii("Đánh giá \"Sở\" Nội vụ.pdf")).isEqualTo("Danh gia _So_ Noi vu.pdf");
	}

	@Test
	void theRfc5987SpellingPercentEncodesUtf8() {
		assertThat(EvidenceFileNames.rfc5987("Báo cáo CCHC.pdf")).isEqualTo("B%C3%A1o%20c%C3%A1o%20CCHC.pdf");
	}

	@Test
	void cleaningDropsFoldersAndControlCharactersAndFallsBackWhenNothingIsLeft() {
		assertThat(EvidenceFileNames.clean("../../etc/bao\r\ncao.pdf", "x")).isEqualTo("baocao.pdf");
		assertThat(EvidenceFileNames.clean("  ", "abc")).isEqualTo("abc");
	}

}

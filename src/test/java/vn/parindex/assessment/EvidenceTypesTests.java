package vn.parindex.assessment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * What a file is comes from its bytes: each accepted format is recognised, everything
 * else is not, however it is dressed.
 */
class EvidenceTypesTests {

	@TempDir
	Path folder;

	static Stream<Arguments> acceptedFiles() {
		return Stream.of(arguments("PDF", TestEvidence.pdf(), EvidenceFormat.PDF),
				arguments("PNG", TestEvidence.png(), EvidenceFormat.PNG),
				arguments("JPEG", TestEvidence.jpeg(), EvidenceFormat.JPEG),
				arguments("GIF", TestEvidence.gif(), EvidenceFormat.GIF),
				arguments("WebP", TestEvidence.webp(), EvidenceFormat.WEBP),
				arguments("docx", TestEvidence.docx(), EvidenceFormat.DOCX),
				arguments("xlsx", TestEvidence.xlsx(), EvidenceFormat.XLSX),
				arguments("xls", TestEvidence.xls(), EvidenceFormat.XLS),
				arguments("doc", TestEvidence.ole2("WordDocument", "1Table"), EvidenceFormat.DOC));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("acceptedFiles")
	void eachAcceptedFormatIsRecognisedByItsContent(String label, byte[] content, EvidenceFormat expected)
			throws IOException {
		assertThat(detect(content)).contains(expected);
	}

	static Stream<Arguments> refusedFiles() {
		return Stream.of(arguments("ELF executable", TestEvidence.elf()),
				arguments("Windows executable", TestEvidence.exe()), arguments("Mach-O", TestEvidence.machO()),
				arguments("shell script", TestEvidence.script()), arguments("HTML", TestEvidence.html()),
				arguments("plain ZIP", TestEvidence.zip()), arguments("empty", new byte[0]),
				arguments("truncated PNG signature", new byte[] { (byte) 0x89, 'P', 'N' }),
				arguments("PDF marker after a prefix", ("<html>%PDF-1.4").getBytes()),
				arguments("ZIP declaring Word without its parts", TestEvidence
					.zip(new String[] { "[Content_Types].xml", TestEvidence.contentTypes(TestEvidence.WORD_MAIN) })),
				arguments("ZIP with Word parts but no content types",
						TestEvidence.zip(new String[] { "word/document.xml", "<w:document/>" })),
				arguments("macro-enabled workbook", macroEnabledWorkbook()),
				arguments("Word document carrying a VBA project", docxWithVbaProject()),
				arguments("OLE2 that is neither Word nor Excel", TestEvidence.ole2("__substg1.0_0037001F")),
				arguments("legacy workbook with macros", TestEvidence.ole2("Workbook", "_VBA_PROJECT_CUR")),
				arguments("corrupt ZIP", new byte[] { 'P', 'K', 3, 4, 0, 0, 0 }));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedFiles")
	void anythingElseIsNotRecognised(String label, byte[] content) throws IOException {
		assertThat(detect(content)).isEmpty();
	}

	@Test
	void aZipBombDeclaringWordIsRefusedWithoutInflatingIt() throws IOException {
		String huge = TestEvidence.contentTypes(TestEvidence.WORD_MAIN)
				+ " ".repeat(OfficeDocuments.MAX_CONTENT_TYPES_BYTES);
		byte[] bomb = TestEvidence.zip(new String[] { "[Content_Types].xml", huge },
				new String[] { "word/document.xml", "<w:document/>" });
		assertThat(bomb.length).isLessThan(10_000);
		assertThat(detect(bomb)).isEmpty();
	}

	@Test
	void aZipOfTooManyEntriesIsRefused() throws IOException {
		String[][] entries = new String[OfficeDocuments.MAX_ENTRIES + 1][];
		entries[0] = new String[] { "[Content_Types].xml", TestEvidence.contentTypes(TestEvidence.WORD_MAIN) };
		for (int i = 1; i < entries.length; i++) {
			entries[i] = new String[] { "word/part" + i + ".xml", "" };
		}
		assertThat(detect(TestEvidence.zip(entries))).isEmpty();
		assertThat(detect(TestEvidence.zip(java.util.Arrays.copyOf(entries, 2)))).contains(EvidenceFormat.DOCX);
	}

	private static byte[] macroEnabledWorkbook() {
		return TestEvidence.zip(
				new String[] { "[Content_Types].xml",
						TestEvidence.contentTypes("application/vnd.ms-excel.sheet.macroEnabled.main+xml") },
				new String[] { "xl/workbook.xml", "<workbook/>" }, new String[] { "xl/vbaProject.bin", "VBA" });
	}

	private static byte[] docxWithVbaProject() {
		return TestEvidence.zip(
				new String[] { "[Content_Types].xml", TestEvidence.contentTypes(TestEvidence.WORD_MAIN) },
				new String[] { "word/document.xml", "<w:document/>" }, new String[] { "word/vbaProject.bin", "VBA" });
	}

	private Optional<EvidenceFormat> detect(byte[] content) throws IOException {
		Path file = Files.write(Files.createTempFile(folder, "upload", ".bin"), content);
		return EvidenceTypes.detect(file);
	}

}

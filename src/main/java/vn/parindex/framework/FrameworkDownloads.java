package vn.parindex.framework;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import vn.parindex.problem.Refusal;
import vn.parindex.workbook.WorkbookWriter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * File names and headers for workbook downloads, and the {@code old:new} code mapping
 * syntax shared by the page and the API.
 */
final class FrameworkDownloads {

	private FrameworkDownloads() {
	}

	static void prepare(HttpServletResponse response, String fileName) {
		response.setContentType(WorkbookWriter.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
	}

	/** e.g. {@code bo-chi-so-2025-42.xlsx}: ASCII, so that every mail client keeps it. */
	static String fileName(FrameworkInfo info) {
		String ascii = Normalizer.normalize(info.name(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		String stem = ascii.isEmpty() ? "bo-chi-so" : ascii.substring(0, Math.min(60, ascii.length()));
		return stem + "-" + info.year() + "-" + info.id() + ".xlsx";
	}

	/**
	 * Parses {@code 1.2:1.3, 4.1:5.1} (also one pair a line, or {@code =} for {@code :}).
	 */
	static Map<String, String> mapping(String text) {
		Map<String, String> mapping = new LinkedHashMap<>();
		if (text == null) {
			return mapping;
		}
		for (String pair : text.split("[,;\\n]")) {
			String[] codes = pair.split("[:=]");
			if (codes.length == 2 && !codes[0].isBlank() && !codes[1].isBlank()) {
				mapping.put(codes[0].strip(), codes[1].strip());
			}
			else if (!pair.isBlank()) {
				throw Refusal.badRequest("framework.error.badMapping", pair.strip());
			}
		}
		return mapping;
	}

}

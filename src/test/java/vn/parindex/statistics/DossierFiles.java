package vn.parindex.statistics;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Dossier CSVs for the tests, written as the one-stop systems would send them. */
final class DossierFiles {

	static final String HEADER = "unit,dossier,procedure,level,channel,received_at,due_at,finished_at,status,"
			+ "supplement_requests,supplement_days";

	private final StringBuilder text;

	private DossierFiles(String header) {
		this.text = new StringBuilder(header).append('\n');
	}

	static DossierFiles csv() {
		return new DossierFiles(HEADER);
	}

	/** With the optional column {@code supplement_requested_at} last. */
	static DossierFiles withRequestTimes() {
		return new DossierFiles(HEADER + ",supplement_requested_at");
	}

	DossierFiles row(String... fields) {
		text.append(String.join(",", fields)).append('\n');
		return this;
	}

	String text() {
		return text.toString();
	}

	byte[] bytes() {
		return text().getBytes(StandardCharsets.UTF_8);
	}

	InputStream stream() {
		return new ByteArrayInputStream(bytes());
	}

}

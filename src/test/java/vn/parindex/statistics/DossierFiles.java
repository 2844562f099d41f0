package vn.parindex.statistics;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

	/**
	 * Two files of 300 commune dossiers each, received 5 January 2026 and due the 9th,
	 * sharing 150: the first's finished on time (the 8th), the second's late (the 12th).
	 */
	static List<DossierFiles> overlapping(String unit) {
		DossierFiles first = csv();
		DossierFiles second = csv();
		for (int i = 0; i < 300; i++) {
			first.finished(unit, "K" + i, "2026-01-08");
			second.finished(unit, "K" + (i + 150), "2026-01-12");
		}
		return List.of(first, second);
	}

	/** A commune dossier received 5 January 2026, due the 9th, finished on that day. */
	DossierFiles finished(String unit, String dossier, String finishedOn) {
		return row(unit, dossier, "", "COMMUNE", "ONLINE", "2026-01-05", "2026-01-09", finishedOn, "FINISHED", "0",
				"0");
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

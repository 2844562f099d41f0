package vn.parindex.statistics;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words a dossier record may use for its level, channel and status: the English names
 * of FORMATS.md or their Vietnamese aliases, with or without diacritics, in any case
 * ({@code Cấp xã}, {@code cap_xa}, {@code XA}, {@code COMMUNE}).
 */
final class DossierTerms {

	static final Set<String> TERMINAL = Set.of("FINISHED", "RETURNED", "STOPPED", "REFUSED", "WITHDRAWN");

	static final Map<String, String> LEVELS = terms("PROVINCE", "TINH", "DISTRICT", "HUYEN", "COMMUNE", "XA");

	static final Map<String, String> CHANNELS = terms("ONLINE", "TRUC_TUYEN", "DIRECT", "TRUC_TIEP", "POSTAL",
			"BUU_CHINH", "POSTAL", "BUU_DIEN");

	static final Map<String, String> STATUSES = terms("RECEIVED", "DA_TIEP_NHAN", "RECEIVED", "TIEP_NHAN",
			"IN_PROGRESS", "DANG_XU_LY", "IN_PROGRESS", "DANG_GIAI_QUYET", "SUPPLEMENT_REQUESTED", "YEU_CAU_BO_SUNG",
			"SUPPLEMENT_REQUESTED", "CHO_BO_SUNG", "FINISHED", "DA_XU_LY", "FINISHED", "DA_GIAI_QUYET", "FINISHED",
			"HOAN_THANH", "RETURNED", "DA_TRA_KET_QUA", "RETURNED", "TRA_KET_QUA", "STOPPED", "DUNG_XU_LY", "REFUSED",
			"TU_CHOI", "WITHDRAWN", "RUT_HO_SO", "WITHDRAWN", "DA_RUT_HO_SO");

	private DossierTerms() {
	}

	/** The English name a word stands for, or {@code null}. */
	static String of(Map<String, String> terms, String word) {
		String direct = terms.get(word);
		if (direct != null) {
			return direct;
		}
		String plain = Normalizer.normalize(word.strip(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.toUpperCase(Locale.ROOT)
			.replaceAll("[\\s-]+", "_");
		if (plain.startsWith("CAP_")) {
			plain = plain.substring(4);
		}
		return terms.get(plain);
	}

	/** Pairs of name and alias; every name stands for itself. */
	private static Map<String, String> terms(String... pairs) {
		Map<String, String> terms = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			terms.put(pairs[i], pairs[i]);
			terms.put(pairs[i + 1], pairs[i]);
		}
		return Map.copyOf(terms);
	}

}

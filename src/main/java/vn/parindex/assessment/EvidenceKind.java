package vn.parindex.assessment;

import java.util.Set;

/**
 * What an evidence file (tài liệu kiểm chứng) is, judged by its content: the four kinds a
 * unit may upload.
 */
public enum EvidenceKind {

	PDF(Set.of("pdf")),

	WORD(Set.of("doc", "docx")),

	EXCEL(Set.of("xls", "xlsx")),

	IMAGE(Set.of("jpg", "jpeg", "jpe", "jfif", "png", "gif", "webp"));

	private final Set<String> extensions;

	EvidenceKind(Set<String> extensions) {
		this.extensions = extensions;
	}

	/**
	 * Whether a browser may show this kind itself; Word and Excel files are always
	 * downloaded.
	 */
	public boolean previewable() {
		return this == PDF || this == IMAGE;
	}

	/** The message-bundle key naming this kind for people. */
	public String messageKey() {
		return "assessment.evidence.kind." + name();
	}

	/**
	 * File-name extensions that agree with this kind. Within a kind the exact format may
	 * differ (a {@code .jpg} that is a PNG, a {@code .doc} that is a {@code .docx}):
	 * every program that opens one opens the other.
	 */
	boolean acceptsExtension(String extension) {
		return extensions.contains(extension);
	}

}

package vn.parindex.assessment;

/**
 * The exact formats accepted as evidence, each with the media type a download announces.
 */
enum EvidenceFormat {

	PDF(EvidenceKind.PDF, "application/pdf"),

	DOCX(EvidenceKind.WORD, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),

	DOC(EvidenceKind.WORD, "application/msword"),

	XLSX(EvidenceKind.EXCEL, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),

	XLS(EvidenceKind.EXCEL, "application/vnd.ms-excel"),

	JPEG(EvidenceKind.IMAGE, "image/jpeg"),

	PNG(EvidenceKind.IMAGE, "image/png"),

	GIF(EvidenceKind.IMAGE, "image/gif"),

	WEBP(EvidenceKind.IMAGE, "image/webp");

	private final EvidenceKind kind;

	private final String mediaType;

	EvidenceFormat(EvidenceKind kind, String mediaType) {
		this.kind = kind;
		this.mediaType = mediaType;
	}

	EvidenceKind kind() {
		return kind;
	}

	String mediaType() {
		return mediaType;
	}

}

package vn.parindex.assessment;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers of an evidence download. The file was uploaded by someone else and is
 * opened on our origin, so the browser must neither guess its type nor run anything it
 * holds: the detected type, {@code nosniff}, attachment for everything but PDFs and
 * images, and a sandbox (no scripts, a unique origin) for images shown inline. A file
 * shown inline may be framed by our own pages only: the appraisal page opens evidence
 * beside the leaf.
 */
final class EvidenceDownloads {

	static final String SANDBOX = "sandbox";

	static final String FRAMED_BY_OURS = "frame-ancestors 'self'";

	private EvidenceDownloads() {
	}

	static void prepare(StoredFile file, String downloadName, boolean inline, HttpServletResponse response) {
		boolean shown = inline && file.kind().previewable();
		response.setContentType(file.mediaType());
		response.setContentLengthLong(file.size());
		response.setHeader("Content-Disposition",
				disposition(shown, EvidenceFileNames.clean(downloadName, file.sha256())));
		response.setHeader("X-Content-Type-Options", "nosniff");
		// Browsers refuse to open their PDF viewer in a sandboxed document, so only
		// images are
		// sandboxed; a PDF is still never sniffed into anything but a PDF.
		if (shown) {
			response.setHeader("X-Frame-Options", "SAMEORIGIN");
			response.setHeader("Content-Security-Policy",
					(file.kind() == EvidenceKind.IMAGE) ? SANDBOX + "; " + FRAMED_BY_OURS : FRAMED_BY_OURS);
		}
	}

	/**
	 * Both spellings of the name (RFC 6266): {@code filename*} in UTF-8 for browsers,
	 * which all read it, and an ASCII {@code filename} for the rest.
	 */
	static String disposition(boolean inline, String name) {
		return (inline ? "inline" : "attachment") + "; filename=\"" + EvidenceFileNames.ascii(name)
				+ "\"; filename*=UTF-8''" + EvidenceFileNames.rfc5987(name);
	}

}

package vn.parindex.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import vn.parindex.accounts.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The scores workbook over the API, as FORMATS.md defines it; errors are problem+json
 * with every row and column in {@code errors}.
 */
@RestController
class ScoresApiController {

	private final ScoresImport scores;

	ScoresApiController(ScoresImport scores) {
		this.scores = scores;
	}

	@PostMapping("/api/v1/campaigns/{campaignId}/scores/import")
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	Map<String, Integer> importScores(@PathVariable long campaignId, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal CurrentUser user) throws IOException {
		try (InputStream content = file.getInputStream()) {
			return Map.of("imported", scores.importScores(campaignId, content, user));
		}
	}

}

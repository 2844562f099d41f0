package vn.parindex.survey;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Named respondents and the response-rate board over the API. The import answers counts
 * only: the letters (which hold the links) are a page's download, and the links go out by
 * e-mail.
 */
@RestController
@RequestMapping("/api/v1/surveys/{sid}")
class RespondentApiController {

	static final String WRITERS = "hasAnyRole('ADMIN','SECRETARIAT')";

	static final String READERS = "hasAnyRole('ADMIN','SECRETARIAT','APPRAISER','COUNCIL_CHAIR')";

	private final RespondentImport imports;

	private final RespondentStore respondents;

	private final ResponseRateBoard board;

	private final UnitCatalog units;

	private final SurveyStore surveys;

	RespondentApiController(RespondentImport imports, RespondentStore respondents, ResponseRateBoard board,
			UnitCatalog units, SurveyStore surveys) {
		this.imports = imports;
		this.respondents = respondents;
		this.board = board;
		this.units = units;
		this.surveys = surveys;
	}

	@PostMapping("/respondents")
	@PreAuthorize(WRITERS)
	Imported importWorkbook(@PathVariable long sid, @RequestPart("file") MultipartFile file,
			@AuthenticationPrincipal CurrentUser user) throws IOException {
		try (InputStream content = file.getInputStream()) {
			RespondentImport.Invited invited = imports.importWorkbook(sid, content, user.getUsername());
			return new Imported(invited.imported(), invited.mailed(), invited.mailConfigured());
		}
	}

	@GetMapping("/respondents")
	@PreAuthorize(WRITERS)
	List<RespondentBody> list(@PathVariable long sid) {
		surveys.get(sid);
		Map<Long, String> codes = units.all().stream().collect(Collectors.toMap(UnitView::id, UnitView::code));
		return respondents.list(sid)
			.stream()
			.map((r) -> new RespondentBody(r.id(), r.name(), r.position(), codes.get(r.unitId()), r.group(), r.email(),
					r.phone(), r.invitedAt(), r.remindedAt(), r.answered()))
			.toList();
	}

	@GetMapping("/board")
	@PreAuthorize(READERS)
	BoardBody board(@PathVariable long sid) {
		ResponseRateBoard.Board figures = board.board(sid);
		return new BoardBody(sid,
				figures.units()
					.stream()
					.map((unit) -> new UnitBody(unit.code(), unit.name(),
							unit.groups().stream().map(Figures::of).toList(), Figures.of(unit.total())))
					.toList(),
				Figures.of(figures.total()));
	}

	/**
	 * @param invited those whose e-mail went out; without SMTP every invitation is a
	 * letter printed on the page
	 */
	record Imported(int imported, int invited, boolean mailConfigured) {
	}

	record RespondentBody(long id, String name, String position, String unit, String group, String email, String phone,
			Instant invitedAt, Instant remindedAt, boolean answered) {
	}

	record BoardBody(long survey, List<UnitBody> units, Figures total) {
	}

	record UnitBody(String unit, String name, List<Figures> groups, Figures total) {
	}

	record Figures(String group, long population, long sample, long responses, BigDecimal rate, long flagged,
			BigDecimal flaggedShare, boolean belowSample, long invited, long answered) {

		static Figures of(ResponseRateBoard.Row row) {
			return new Figures(row.group(), row.population(), row.sample(), row.responses(), row.rate(), row.flagged(),
					row.flaggedShare(), row.belowSample(), row.invited(), row.answered());
		}

	}

}

package vn.parindex.survey;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.workbook.WorkbookWriter;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The survey results API (FORMATS.md, Surveys): results, quality, flag decisions and the
 * exports of the anonymous responses. The secretariat and administrators decide, the
 * council reads; units do not see survey work.
 */
@RestController
@RequestMapping("/api/v1/surveys/{surveyId}")
class SurveyResultsApiController {

	static final String READERS = "hasAnyRole('ADMIN', 'SECRETARIAT', 'APPRAISER', 'COUNCIL_CHAIR')";

	static final String WRITERS = "hasAnyRole('ADMIN', 'SECRETARIAT')";

	private final SurveyResults results;

	private final FlagDecisions decisions;

	private final ResponseExports exports;

	private final MessageSource messages;

	SurveyResultsApiController(SurveyResults results, FlagDecisions decisions, ResponseExports exports,
			MessageSource messages) {
		this.results = results;
		this.decisions = decisions;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping("/results")
	@PreAuthorize(READERS)
	SurveyResultsJson.Results results(@PathVariable long surveyId) {
		return SurveyResultsJson.Results.of(results.results(surveyId));
	}

	@GetMapping("/quality")
	@PreAuthorize(READERS)
	SurveyResultsJson.Quality quality(@PathVariable long surveyId) {
		return SurveyResultsJson.Quality.of(results.quality(surveyId));
	}

	@PutMapping("/flags/{flag}")
	@PreAuthorize(WRITERS)
	SurveyResultsJson.Decision decide(@PathVariable long surveyId, @PathVariable String flag,
			@RequestBody SurveyResultsJson.FlagRequest request, @AuthenticationPrincipal CurrentUser user) {
		return SurveyResultsJson.Decision
			.of(decisions.decide(surveyId, flag, request.counts(), request.reason(), user.getUsername()));
	}

	@GetMapping("/responses.csv")
	@PreAuthorize(READERS)
	void csv(@PathVariable long surveyId, Locale locale, HttpServletResponse response) throws IOException {
		exports.header(surveyId);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("phieu-khao-sat-" + surveyId + ".csv").build().toString());
		exports.csv(surveyId, cannotJudge(locale), response.getOutputStream());
	}

	@GetMapping("/responses.xlsx")
	@PreAuthorize(READERS)
	void xlsx(@PathVariable long surveyId, Locale locale, HttpServletResponse response) throws IOException {
		exports.header(surveyId);
		response.setContentType(WorkbookWriter.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("phieu-khao-sat-" + surveyId + ".xlsx").build().toString());
		exports.xlsx(surveyId, cannotJudge(locale), response.getOutputStream());
	}

	private String cannotJudge(Locale locale) {
		return messages.getMessage("survey.results.cannotJudge", null, locale);
	}

}

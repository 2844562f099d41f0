package vn.parindex;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import vn.parindex.AccessMatrix.Caller;
import vn.parindex.AccessScenes.Scene;
import vn.parindex.AccessScenes.Stage;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The request each row of the access matrix is tried with: on the scene's data, with a
 * body the endpoint can read, so that what answers is the authorisation (a body the
 * framework refused would answer 400 before it) and, for those allowed, mostly a success.
 * A workbook upload carries a file that is no workbook, refused after the authorisation.
 */
final class AccessRequests {

	private static final AtomicInteger sequence = new AtomicInteger();

	private AccessRequests() {
	}

	static AbstractMockHttpServletRequestBuilder<?> of(String endpoint, Scene s) {
		long submitted = s.campaign(Stage.SUBMITTED);
		String campaign = "/api/v1/campaigns/" + submitted;
		String frameworks = "/api/v1/frameworks/";
		String unit = s.unit().code();
		String other = s.other().code();
		String fresh = "pq" + sequence.incrementAndGet();
		return switch (endpoint) {
			case "GET /api/v1/users" -> get("/api/v1/users");
			case "POST /api/v1/public/responses" -> json(post("/api/v1/public/responses"),
					"{\"token\": \"" + "a".repeat(26) + "\", \"answers\": {}, \"durationSeconds\": 60}");
			case "POST /api/v1/users" -> json(post("/api/v1/users"), """
					{"username": "%s", "displayName": "Người dùng mới", "password": "Hoa-Sen-Tren-Nui-2026!",
					 "roles": ["VIEWER"]}""".formatted(fresh));
			case "GET /api/v1/users/{id}" -> get("/api/v1/users/" + s.someone().id());
			case "PUT /api/v1/users/{id}" -> json(put("/api/v1/users/" + s.someone().id()),
					"{\"displayName\": \"Người dùng đổi tên\", \"roles\": [\"VIEWER\"], \"enabled\": true}");
			case "POST /api/v1/users/{id}/password" -> post("/api/v1/users/" + s.someone().id() + "/password");
			case "GET /api/v1/tokens" -> get("/api/v1/tokens");
			case "POST /api/v1/tokens" -> json(post("/api/v1/tokens"), """
					{"userId": %d, "name": "Nạp số liệu", "scopes": ["read"], "expiresOn": "%s"}"""
				.formatted(s.someone().id(), LocalDate.now().plusDays(30)));
			case "GET /api/v1/tokens/{id}" -> get("/api/v1/tokens/999999");
			case "DELETE /api/v1/tokens/{id}" -> delete("/api/v1/tokens/999999");
			case "GET /api/v1/audit" -> get("/api/v1/audit").param("q", "phân quyền");
			case "GET /api/v1/frameworks" -> get("/api/v1/frameworks");
			case "POST /api/v1/frameworks" -> multipart("/api/v1/frameworks").file(notAWorkbook())
				.param("name", "Bộ chỉ số tải lên")
				.param("year", "2026")
				.param("targetGroup", "PROVINCE");
			case "GET /api/v1/frameworks/{id}" -> get(frameworks + s.framework());
			case "PUT /api/v1/frameworks/{id}" -> json(put(frameworks + s.draftFramework()),
					"{\"name\": \"Bộ chỉ số đổi tên\", \"year\": 2026, \"targetGroup\": \"PROVINCE\"}");
			case "GET /api/v1/frameworks/{id}/export" -> get(frameworks + s.framework() + "/export");
			case "GET /api/v1/frameworks/template" -> get(frameworks + "template");
			case "GET /api/v1/frameworks/{id}/history" -> get(frameworks + s.framework() + "/history");
			case "POST /api/v1/frameworks/{id}/copy" -> json(post(frameworks + s.framework() + "/copy"),
					"{\"year\": 2031, \"name\": \"Bản sao " + fresh + "\"}");
			case "POST /api/v1/frameworks/{id}/activate" -> post(frameworks + s.draftFramework() + "/activate");
			case "POST /api/v1/frameworks/{id}/freeze" -> post(frameworks + s.framework() + "/freeze");
			case "POST /api/v1/frameworks/{id}/nodes" -> json(post(frameworks + s.draftFramework() + "/nodes"),
					"{\"code\": \"2.2\", \"parent\": \"2\", \"name\": \"Tiêu chí mới\", \"maxPoints\": 2, "
							+ "\"rule\": \"MANUAL\", \"ruleParams\": \"step=1\"}");
			case "PUT /api/v1/frameworks/{id}/nodes/{code}" -> json(put(frameworks + s.draftFramework() + "/nodes/1.1"),
					"{\"code\": \"1.1\", \"parent\": \"1\", \"name\": \"Tiêu chí đổi tên\", \"maxPoints\": 4, "
							+ "\"rule\": \"MANUAL\", \"ruleParams\": \"step=0.25\"}");
			case "DELETE /api/v1/frameworks/{id}/nodes/{code}" ->
				delete(frameworks + s.draftFramework() + "/nodes/1.2");
			case "POST /api/v1/frameworks/{id}/nodes/{code}/preview" ->
				json(post(frameworks + s.framework() + "/nodes/1.1/preview"), "{\"value\": 2}");
			case "GET /api/v1/frameworks/compare" ->
				get(frameworks + "compare").param("from", String.valueOf(s.framework()))
					.param("to", String.valueOf(s.draftFramework()));
			case "GET /api/v1/units" -> get("/api/v1/units").param("q", "phân quyền");
			case "POST /api/v1/units" -> json(post("/api/v1/units"),
					"{\"code\": \"" + fresh.toUpperCase() + "\", \"name\": \"Tỉnh mới\", \"type\": \"PROVINCE\"}");
			case "GET /api/v1/units/{code}" -> get("/api/v1/units/" + unit);
			case "PUT /api/v1/units/{code}" ->
				json(put("/api/v1/units/" + unit), "{\"name\": \"Tỉnh đổi tên\", \"type\": \"PROVINCE\"}");
			case "GET /api/v1/units/{code}/lineage" -> get("/api/v1/units/" + unit + "/lineage");
			case "POST /api/v1/units/restructurings" -> json(post("/api/v1/units/restructurings"),
					"{\"kind\": \"MERGE\", \"effectiveOn\": \"2025-07-01\", \"predecessors\": [\"" + other
							+ "\"], \"successors\": [\"" + unit + "\"]}");
			case "POST /api/v1/units/import" -> multipart("/api/v1/units/import").file(notAWorkbook());
			case "GET /api/v1/units/export" -> get("/api/v1/units/export");
			case "GET /api/v1/units/template" -> get("/api/v1/units/template");
			case "POST /api/v1/campaigns" -> json(post("/api/v1/campaigns"), "{\"name\": \"Kỳ mới " + fresh
					+ "\", \"year\": 2026, \"frameworkId\": " + s.framework() + ", \"unitCodes\": [\"" + unit + "\"]}");
			case "GET /api/v1/campaigns" -> get("/api/v1/campaigns");
			case "GET /api/v1/campaigns/{id}" -> get(campaign);
			case "PUT /api/v1/campaigns/{id}/phases" -> json(put(campaign + "/phases"), """
					{"phases": [{"phase": "SELF_ASSESSMENT", "startsOn": "2025-01-05", "deadline": "2025-02-15"}]}""");
			case "PUT /api/v1/campaigns/{id}/units" ->
				json(put(campaign + "/units"), "{\"unitCodes\": [\"" + unit + "\", \"" + other + "\"]}");
			case "GET /api/v1/campaigns/{campaignId}/sheets/{unitCode}" -> get(s.sheet(Stage.SUBMITTED));
			case "PUT /api/v1/campaigns/{campaignId}/sheets/{unitCode}/leaves/{code}" ->
				json(put(s.sheet(Stage.DRAFT) + "/leaves/1.1"), "{\"value\": 2}");
			case "POST /api/v1/campaigns/{campaignId}/sheets/{unitCode}/submit" ->
				post(s.sheet(Stage.DRAFT) + "/submit");
			case "POST /api/v1/campaigns/{campaignId}/sheets/{unitCode}/reopen" ->
				json(post(s.sheet(Stage.SUBMITTED) + "/reopen"), "{\"reason\": \"Số liệu sai\"}");
			case "GET /api/v1/campaigns/{campaignId}/sheets/{unitCode}/timeline" ->
				get(s.sheet(Stage.SUBMITTED) + "/timeline");
			case "POST /api/v1/campaigns/{campaignId}/scores/import" ->
				multipart(campaign + "/scores/import").file(notAWorkbook());
			case "GET /api/v1/campaigns/{campaignId}/results" -> get(campaign + "/results");
			case "GET /api/v1/campaigns/{campaignId}/results.xlsx" -> get(campaign + "/results.xlsx");
			case "GET /api/v1/campaigns/{id}/statistics/board" -> get(campaign + "/statistics/board");
			case "GET /api/v1/campaigns/{id}/statistics/board.xlsx" -> get(campaign + "/statistics/board.xlsx");
			case "GET /api/v1/campaigns/{campaignId}/results/settings" -> get(campaign + "/results/settings");
			case "PUT /api/v1/campaigns/{campaignId}/results/settings" -> json(put(campaign + "/results/settings"), """
					{"method": "COMPETITION", "tieBreak": "NONE", "bandBasis": "INDEX",
					 "bands": [{"name": "Tốt", "lowerBound": 80}, {"name": "Khá", "lowerBound": 0}],
					 "peers": "NONE", "noData": "RESCALE"}""");
			case "GET /api/v1/campaigns/{campaignId}/appraisal/assignments" -> get(campaign + "/appraisal/assignments");
			case "POST /api/v1/campaigns/{campaignId}/appraisal/assignments" ->
				json(post(campaign + "/appraisal/assignments"), "{\"appraiser\": \""
						+ s.username(Caller.APPRAISER_ELSEWHERE) + "\", \"unitCode\": \"" + other + "\"}");
			case "DELETE /api/v1/campaigns/{campaignId}/appraisal/assignments/{assignmentId}" ->
				delete(campaign + "/appraisal/assignments/" + s.assignment());
			// surveys (rounds)
			case "POST /api/v1/campaigns/{id}/surveys" ->
				json(post("/api/v1/campaigns/" + s.survey().campaign() + "/surveys"), """
						{"instrumentId": %d, "name": "Khảo sát mới", "opensOn": "2026-07-01", "closesOn": "2026-07-31",
						 "margin": 0.05}""".formatted(s.survey().instrument()));
			case "GET /api/v1/campaigns/{id}/surveys" -> get("/api/v1/campaigns/" + s.survey().campaign() + "/surveys");
			case "GET /api/v1/surveys/{sid}" -> get("/api/v1/surveys/" + s.survey().survey());
			case "PUT /api/v1/surveys/{sid}" ->
				json(put("/api/v1/surveys/" + s.survey().survey()), "{\"name\": \"Khảo sát đổi tên\"}");
			case "PUT /api/v1/surveys/{sid}/populations" ->
				json(put("/api/v1/surveys/" + s.survey().survey() + "/populations"),
						"[{\"unit\": \"%s\", \"group\": \"LD\", \"population\": 1200}]"
							.formatted(s.survey().unit().code()));
			case "POST /api/v1/surveys/{sid}/tokens" -> json(post("/api/v1/surveys/" + s.survey().survey() + "/tokens"),
					"{\"unit\": \"%s\", \"group\": \"DN\", \"count\": 2}".formatted(s.survey().unit().code()));
			case "GET /api/v1/surveys/{sid}/tokens" -> get("/api/v1/surveys/" + s.survey().survey() + "/tokens");
			case "POST /api/v1/surveys/{sid}/tokens/batches/{batch}/revoke" ->
				post("/api/v1/surveys/" + s.survey().survey() + "/tokens/batches/1/revoke");
			case "GET /api/v1/surveys/instruments" -> get("/api/v1/surveys/instruments");
			case "POST /api/v1/surveys/instruments" -> multipart("/api/v1/surveys/instruments").file(notAWorkbook())
				.param("name", "Bộ câu hỏi tải lên")
				.param("year", "2026");
			case "GET /api/v1/surveys/instruments/{id}" ->
				get("/api/v1/surveys/instruments/" + s.survey().instrument());
			case "PUT /api/v1/surveys/instruments/{id}" ->
				json(put("/api/v1/surveys/instruments/" + s.survey().instrument()),
						"{\"version\": 0, \"name\": \"Bộ câu hỏi đổi tên\", \"groups\": [], \"questions\": []}");
			case "GET /api/v1/surveys/instruments/{id}/export" ->
				get("/api/v1/surveys/instruments/" + s.survey().instrument() + "/export");
			case "POST /api/v1/surveys/instruments/{id}/copy" ->
				json(post("/api/v1/surveys/instruments/" + s.survey().instrument() + "/copy"), "{\"year\": 2026}");
			case "POST /api/v1/surveys/instruments/templates/{template}" ->
				json(post("/api/v1/surveys/instruments/templates/SIPAS"), "{\"year\": 2026}");
			case "POST /api/v1/surveys/{sid}/respondents" ->
				multipart("/api/v1/surveys/" + s.survey().survey() + "/respondents").file(notAWorkbook());
			case "GET /api/v1/surveys/{sid}/respondents" ->
				get("/api/v1/surveys/" + s.survey().survey() + "/respondents");
			case "GET /api/v1/surveys/{sid}/board" -> get("/api/v1/surveys/" + s.survey().survey() + "/board");
			case "POST /api/v1/surveys/{sid}/paper" -> json(post("/api/v1/surveys/" + s.survey().survey() + "/paper"),
					"{\"serial\": \"" + fresh + "\", \"unit\": \"" + s.survey().unit().code()
							+ "\", \"group\": \"DN\", \"answers\": {\"Q1\": 4, \"Q5\": \"A\"}}");
			case "POST /api/v1/surveys/{sid}/paper/import" ->
				multipart("/api/v1/surveys/" + s.survey().survey() + "/paper/import").file(notAWorkbook());
			case "GET /api/v1/surveys/{surveyId}/results" -> get(surveyResults(s) + "/results");
			case "GET /api/v1/surveys/{surveyId}/quality" -> get(surveyResults(s) + "/quality");
			case "PUT /api/v1/surveys/{surveyId}/flags/{flag}" -> json(put(surveyResults(s) + "/flags/SPEEDING"),
					"{\"counts\": true, \"reason\": \"Phiếu trả lời nhanh vẫn hợp lệ\"}");
			case "GET /api/v1/surveys/{surveyId}/responses.csv" -> get(surveyResults(s) + "/responses.csv");
			case "GET /api/v1/surveys/{surveyId}/responses.xlsx" -> get(surveyResults(s) + "/responses.xlsx");
			case "GET /api/v1/statistics/indicators" -> get("/api/v1/statistics/indicators");
			case "POST /api/v1/statistics/indicators" -> json(post("/api/v1/statistics/indicators"), """
					{"code": "CT_%s", "name": "Chỉ tiêu thử", "kind": "COUNT", "periodAggregation": "SUM",
					 "sumChildren": false}""".formatted(fresh.toUpperCase(java.util.Locale.ROOT)));
			case "GET /api/v1/statistics/indicators/{code}" -> get("/api/v1/statistics/indicators/TTHC_DUNG_HAN");
			case "PUT /api/v1/statistics/indicators/{code}" -> json(
					put("/api/v1/statistics/indicators/NHIEM_VU_QUA_HAN"),
					"""
							{"name": "Nhiệm vụ quá hạn", "kind": "COUNT", "periodAggregation": "SUM", "version": 999999}""");
			case "POST /api/v1/statistics/observations" -> json(post("/api/v1/statistics/observations"), """
					{"source": "mot-cua", "observations": [{"unit": "%s", "indicator": "TTHC_DUNG_HAN",
					 "period": "2026-Q1", "numerator": 90, "denominator": 100}]}""".formatted(unit));
			case "POST /api/v1/statistics/observations/import" ->
				multipart("/api/v1/statistics/observations/import").file(notAWorkbook());
			case "GET /api/v1/statistics/observations" -> get("/api/v1/statistics/observations").param("unit", unit);
			case "GET /api/v1/campaigns/{campaignId}/statistics/units/{unitCode}" ->
				get(campaign + "/statistics/units/" + unit);
			case "PUT /api/v1/campaigns/{campaignId}/statistics/units/{unitCode}/leaves/{leafCode}/adjustment" ->
				json(put(campaign + "/statistics/units/" + unit + "/leaves/1.1/adjustment"),
						"{\"points\": 1, \"reason\": \"Nguồn số liệu sai\"}");
			case "DELETE /api/v1/campaigns/{campaignId}/statistics/units/{unitCode}/leaves/{leafCode}/adjustment" ->
				delete(campaign + "/statistics/units/" + unit + "/leaves/1.1/adjustment");
			// statistics (dossiers)
			case "POST /api/v1/statistics/dossiers" -> post("/api/v1/statistics/dossiers").contentType("text/csv")
				.content("unit,dossier,procedure,level,channel,received_at,due_at,finished_at,status,"
						+ "supplement_requests,supplement_days\n" + unit + "," + fresh
						+ ",,COMMUNE,ONLINE,2026-01-05,2026-01-09,2026-01-08,FINISHED,0,0\n");
			case "GET /api/v1/statistics/dossiers" ->
				get("/api/v1/statistics/dossiers").param("unit", unit).param("period", "2026-Q1");
			case "POST /api/v1/statistics/procedures" -> post("/api/v1/statistics/procedures").contentType("text/csv")
				.content("procedure,name,time_limit_days\nTT-" + fresh + ",Thủ tục thử,5\n");
			default -> appraisal(endpoint, s);
		};
	}

	private static String surveyResults(Scene s) {
		return "/api/v1/surveys/" + s.survey().survey();
	}

	private static AbstractMockHttpServletRequestBuilder<?> appraisal(String endpoint, Scene s) {
		String campaign = "/api/v1/campaigns/" + s.campaign(Stage.SUBMITTED) + "/appraisal";
		String prefix = "/api/v1/campaigns/{campaignId}/appraisal";
		if (!endpoint.contains(prefix)) {
			return actuator(endpoint);
		}
		return switch (endpoint.replace(prefix, "…")) {
			case "GET …/sheets/{unitCode}" -> get(s.appraisal(Stage.SUBMITTED));
			case "POST …/sheets/{unitCode}/leaves/{leaf}/decision" ->
				json(post(s.appraisal(Stage.SUBMITTED) + "/leaves/1.1/decision"),
						"{\"points\": 2.5, \"reason\": \"Thiếu minh chứng\"}");
			case "POST …/sheets/{unitCode}/accept-remaining" ->
				post(s.appraisal(Stage.SUBMITTED) + "/accept-remaining");
			case "POST …/sheets/{unitCode}/return" -> json(post(s.appraisal(Stage.SUBMITTED) + "/return"),
					"{\"questions\": [{\"leaf\": \"1.2\", \"question\": \"Căn cứ nào?\"}]}");
			case "GET …/sheets/{unitCode}/questions" -> get(s.appraisal(Stage.RETURNED) + "/questions");
			case "POST …/sheets/{unitCode}/questions/{questionId}/answer" ->
				json(post(s.appraisal(Stage.RETURNED) + "/questions/" + s.question() + "/answer"),
						"{\"answer\": \"Quyết định số 20/QĐ-UBND\"}");
			case "POST …/sheets/{unitCode}/resubmit" -> post(s.appraisal(Stage.RETURNED) + "/resubmit");
			case "GET …/sheets/{unitCode}/changes" -> get(s.appraisal(Stage.RETURNED) + "/changes");
			case "POST …/sheets/{unitCode}/finalise" -> post(s.appraisal(Stage.SUBMITTED) + "/finalise");
			case "POST …/sheets/{unitCode}/reopen" ->
				json(post(s.appraisal(Stage.FINALISED) + "/reopen"), "{\"reason\": \"Xem lại tiêu chí 1.1\"}");
			case "GET …/sheets/{unitCode}/review" -> get(s.appraisal(Stage.SUBMITTED) + "/review");
			case "GET …/sheets/{unitCode}/outcome" -> get(s.appraisal(Stage.FINALISED) + "/outcome");
			case "GET …/sheets/{unitCode}/timeline" -> get(s.appraisal(Stage.FINALISED) + "/timeline");
			case "GET …/finalise/preview" -> get(campaign + "/finalise/preview");
			case "POST …/finalise" -> json(post(campaign + "/finalise"), "{}");
			case "GET …/report" -> get(campaign + "/report");
			default -> throw new IllegalStateException("No request to try " + endpoint + " with: add one here");
		};
	}

	private static AbstractMockHttpServletRequestBuilder<?> actuator(String endpoint) {
		return switch (endpoint) {
			case "GET /actuator" -> get("/actuator");
			case "GET /actuator/health" -> get("/actuator/health");
			case "GET /actuator/health/**" -> get("/actuator/health/liveness");
			case "GET /actuator/info" -> get("/actuator/info");
			case "GET /actuator/metrics" -> get("/actuator/metrics");
			case "GET /actuator/metrics/{requiredMetricName}" -> get("/actuator/metrics/jvm.threads.live");
			case "GET /actuator/prometheus" -> get("/actuator/prometheus");
			default -> throw new IllegalStateException("No request to try " + endpoint + " with: add one here");
		};
	}

	private static MockMultipartFile notAWorkbook() {
		return new MockMultipartFile("file", "khong-phai-bang-tinh.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"không phải bảng tính".getBytes(StandardCharsets.UTF_8));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}

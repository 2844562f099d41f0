package vn.parindex.statistics;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import vn.parindex.accounts.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quarterly board over the API, as JSON and as a workbook; a unit leader or officer
 * gets her own unit's line only. A quarter that is not one of the campaign's year is a
 * 400.
 */
@RestController
@RequestMapping("/api/v1/campaigns/{id}/statistics")
class StatisticsBoardApiController {

	private final StatisticsBoards boards;

	private final StatisticsBoardWorkbook workbook;

	StatisticsBoardApiController(StatisticsBoards boards, StatisticsBoardWorkbook workbook) {
		this.boards = boards;
		this.workbook = workbook;
	}

	@GetMapping("/board")
	StatisticsBoardJson board(@PathVariable long id, @RequestParam(name = "quarter", required = false) String quarter,
			@AuthenticationPrincipal CurrentUser user) {
		return StatisticsBoardJson.of(boards.board(id, quarter, user));
	}

	@GetMapping("/board.xlsx")
	void workbook(@PathVariable long id, @RequestParam(name = "quarter", required = false) String quarter,
			@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		StatisticsBoard board = boards.board(id, quarter, user);
		StatisticsBoardWorkbook.download(response, board);
		workbook.write(board, response.getOutputStream());
	}

}

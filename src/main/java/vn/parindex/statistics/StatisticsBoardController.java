package vn.parindex.statistics;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import vn.parindex.accounts.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The quarterly board of a campaign's statistics and its workbook. The roles that see
 * every unit read every line; a unit leader or officer reads her own unit's.
 */
@Controller
class StatisticsBoardController {

	private final StatisticsBoards boards;

	private final StatisticsBoardWorkbook workbook;

	StatisticsBoardController(StatisticsBoards boards, StatisticsBoardWorkbook workbook) {
		this.boards = boards;
		this.workbook = workbook;
	}

	/** Units per page: a national campaign has thousands. */
	static final int PAGE_SIZE = 50;

	@GetMapping("/campaigns/{cid}/statistics/board")
	String board(@PathVariable long cid, @RequestParam(name = "quarter", required = false) String quarter,
			@RequestParam(name = "page", defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		StatisticsBoard board = boards.board(cid, quarter, user);
		int pages = Math.max(1, (board.rows().size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.max(0, Math.min(page, pages - 1));
		model.addAttribute("board", board);
		model.addAttribute("rows",
				board.rows().subList(current * PAGE_SIZE, Math.min(board.rows().size(), (current + 1) * PAGE_SIZE)));
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		return "statistics/board/board";
	}

	@GetMapping("/campaigns/{cid}/statistics/board.xlsx")
	void workbook(@PathVariable long cid, @RequestParam(name = "quarter", required = false) String quarter,
			@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		StatisticsBoard board = boards.board(cid, quarter, user);
		StatisticsBoardWorkbook.download(response, board);
		workbook.write(board, response.getOutputStream());
	}

}

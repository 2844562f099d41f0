package vn.parindex.survey;

import java.math.BigDecimal;

/**
 * One option of a choice question: its code ("A"), its label ("Rất tốt") and the share of
 * the question it is worth (1 for 100%, exact).
 */
record AnswerOption(String code, String label, BigDecimal share) {
}

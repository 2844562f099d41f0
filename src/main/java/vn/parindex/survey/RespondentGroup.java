package vn.parindex.survey;

import java.math.BigDecimal;

/**
 * A respondent group (nhóm đối tượng khảo sát) of an instrument, e.g. the leaders of
 * departments or the citizens, with its weight in a unit's score.
 */
record RespondentGroup(String code, String name, BigDecimal weight) {
}

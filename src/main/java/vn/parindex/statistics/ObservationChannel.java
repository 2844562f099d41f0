package vn.parindex.statistics;

/**
 * How an observation came: a workbook or CSV file, a registered client's batch, a person
 * on a page, or counted from dossier records.
 */
public enum ObservationChannel {

	FILE, API, PERSON, DOSSIERS

}

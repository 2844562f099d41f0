package vn.parindex.survey;

/** How the answering page shows an instrument's questions. */
enum Layout {

	ONE_PAGE, ONE_PER_SCREEN

}

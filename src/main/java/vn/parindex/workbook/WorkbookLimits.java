package vn.parindex.workbook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much of a workbook one import may read, bound from {@code parindex.workbook.*}. The
 * defaults hold the largest real unit list, framework or score sheet many times over,
 * while two reads at once stay within a few hundred megabytes of memory.
 *
 * @param maxRows data rows of the sheet read (empty rows not counted)
 * @param maxCellsPerRow cells with a value in one row
 * @param maxCells cells with a value in the whole sheet
 * @param maxCellLength characters of one cell (Excel's own limit is 32,767)
 * @param maxText characters kept of the columns an import reads, all rows together
 * @param maxSharedStrings distinct texts of an {@code .xlsx} (its shared strings table,
 * kept in memory while the sheet is read)
 * @param maxSharedStringChars characters of those texts together
 * @param maxPartSize inflated size of one part of an {@code .xlsx} (a sheet's XML)
 * @param maxStructureSize inflated size of every other XML part (styles, relations,
 * properties), which are small in any real workbook
 * @param minInflateRatio the smallest ratio of compressed to inflated size of a part;
 * below it the file is refused as a zip bomb
 * @param maxXlsSize size of an {@code .xls} file, which is read whole (see
 * {@link WorkbookReader})
 * @param maxConcurrentReads workbooks read at once on this node; one more is answered 429
 * @param retryAfter what that answer tells the client to wait
 */
@ConfigurationProperties("parindex.workbook")
public record WorkbookLimits(@DefaultValue("200000") int maxRows, @DefaultValue("1000") int maxCellsPerRow,
		@DefaultValue("2000000") int maxCells, @DefaultValue("32767") int maxCellLength,
		@DefaultValue("30000000") long maxText, @DefaultValue("1000000") int maxSharedStrings,
		@DefaultValue("10000000") long maxSharedStringChars, @DefaultValue("200MB") DataSize maxPartSize,
		@DefaultValue("8MB") DataSize maxStructureSize, @DefaultValue("0.01") double minInflateRatio,
		@DefaultValue("10MB") DataSize maxXlsSize, @DefaultValue("2") int maxConcurrentReads,
		@DefaultValue("30s") Duration retryAfter) {

	/** The defaults, as documented in the README. */
	public static WorkbookLimits defaults() {
		return new WorkbookLimits(200_000, 1_000, 2_000_000, 32_767, 30_000_000L, 1_000_000, 10_000_000L,
				DataSize.ofMegabytes(200), DataSize.ofMegabytes(8), 0.01, DataSize.ofMegabytes(10), 2,
				Duration.ofSeconds(30));
	}

	/** The longest run of bytes between two XML tag marks a well-formed part may hold. */
	long maxMarkupRun() {
		// a cell of maxCellLength characters, each up to 4 bytes or an escape like
		// &#x1F600;
		return 10L * maxCellLength + 65_536;
	}

}

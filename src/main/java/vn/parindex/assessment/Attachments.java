package vn.parindex.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which stored files are attached to which leaf of which sheet.
 */
@Repository
class Attachments {

	private static final String SELECT = """
			select a.id, a.leaf_code, a.file_name, a.sha256, f.kind, f.size, a.uploaded_at, a.uploaded_by
			from assessment_evidence a join assessment_file f on f.sha256 = a.sha256
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Attachments(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long attach(long sheetId, String leafCode, StoredFile file, String fileName, String actor) {
		return jdbc.sql("""
				insert into assessment_evidence (sheet_id, leaf_code, sha256, file_name, uploaded_at, uploaded_by)
				values (:sheet, :leaf, :sha, :name, :at, :actor) returning id
				""")
			.param("sheet", sheetId)
			.param("leaf", leafCode)
			.param("sha", file.sha256())
			.param("name", fileName)
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	/** The sheet's attachments by leaf, oldest first. */
	Map<String, List<EvidenceItem>> of(long sheetId) {
		Map<String, List<EvidenceItem>> byLeaf = new LinkedHashMap<>();
		jdbc.sql(SELECT + " where a.sheet_id = :sheet order by a.uploaded_at, a.id")
			.param("sheet", sheetId)
			.query(this::item)
			.list()
			.forEach(
					(item) -> byLeaf.computeIfAbsent(item.leafCode(), (leaf) -> new java.util.ArrayList<>()).add(item));
		return byLeaf;
	}

	Optional<EvidenceItem> find(long sheetId, long id) {
		return jdbc.sql(SELECT + " where a.sheet_id = :sheet and a.id = :id")
			.param("sheet", sheetId)
			.param("id", id)
			.query(this::item)
			.optional();
	}

	void detach(long id) {
		jdbc.sql("delete from assessment_evidence where id = :id").param("id", id).update();
	}

	private EvidenceItem item(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new EvidenceItem(rs.getLong("id"), rs.getString("leaf_code"), rs.getString("file_name"),
				rs.getString("sha256"), EvidenceKind.valueOf(rs.getString("kind")), rs.getLong("size"),
				rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"));
	}

}

package vn.parindex.framework;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import vn.parindex.problem.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Built framework views kept in memory: every scoring sheet request reads its framework,
 * which changes rarely. An entry is used only while the framework's version in the
 * database is the one it was built from, so every application node sees a change at once.
 */
@Component
class FrameworkViews {

	private final JdbcClient jdbc;

	private final Map<Long, Entry> views = new ConcurrentHashMap<>();

	FrameworkViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	FrameworkView get(long id, Supplier<Optional<Framework>> load,
			java.util.function.Function<Framework, FrameworkView> build) {
		Integer version = jdbc.sql("select version from framework_framework where id = :id")
			.param("id", id)
			.query(Integer.class)
			.optional()
			.orElse(null);
		Entry cached = views.get(id);
		if (version != null && cached != null && cached.version() == version) {
			return cached.view();
		}
		Framework framework = load.get()
			.orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "framework.error.notFound", id));
		FrameworkView view = build.apply(framework);
		views.put(id, new Entry(framework.version(), view));
		return view;
	}

	private record Entry(int version, FrameworkView view) {
	}

}

package vn.parindex.units;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Units extends ListCrudRepository<Unit, Long> {

	Optional<Unit> findByCode(String code);

	List<Unit> findByParentId(long parentId);

	/**
	 * Levels of the unit's subtree, the unit itself being 1; counted no further than
	 * {@code limit} + 1.
	 */
	@Query("""
			with recursive below (id, level) as (
			    select id, 1 from units_unit where id = :id
			    union all
			    select child.id, below.level + 1 from units_unit child join below on child.parent_id = below.id
			    where below.level <= :limit)
			select max(level) from below""")
	int height(long id, int limit);

}

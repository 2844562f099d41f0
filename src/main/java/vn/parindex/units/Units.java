package vn.parindex.units;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Units extends ListCrudRepository<Unit, Long> {

	Optional<Unit> findByCode(String code);

	List<Unit> findByParentId(long parentId);

}

package vn.parindex.framework;

import org.springframework.data.repository.ListCrudRepository;

interface FrameworkRepository extends ListCrudRepository<Framework, Long> {

}

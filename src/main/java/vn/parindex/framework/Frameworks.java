package vn.parindex.framework;

import org.springframework.data.repository.ListCrudRepository;

interface Frameworks extends ListCrudRepository<Framework, Long> {

}

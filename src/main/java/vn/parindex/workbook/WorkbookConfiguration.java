package vn.parindex.workbook;

import org.springframework.context.annotation.Configuration;

/**
 * Hands the configured limits to {@link WorkbookReader}, whose callers read workbooks
 * through static methods.
 */
@Configuration(proxyBeanMethods = false)
class WorkbookConfiguration {

	WorkbookConfiguration(WorkbookLimits limits) {
		WorkbookReader.configure(limits);
	}

}

package vn.parindex.system;

import java.nio.file.Path;

/**
 * Another running ParIndex already uses the data directory, and with it the embedded
 * database.
 */
class DataDirectoryInUseException extends IllegalStateException {

	private final transient Path dataDir;

	DataDirectoryInUseException(Path dataDir) {
		super("The data directory " + dataDir + " is in use by another running ParIndex");
		this.dataDir = dataDir;
	}

	Path dataDir() {
		return dataDir;
	}

}

package vn.parindex.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and directories only their owner may read, where the file system knows owners
 * (POSIX); elsewhere the system's defaults apply.
 */
final class OwnerOnly {

	private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private OwnerOnly() {
	}

	static void directory(Path directory) throws IOException {
		if (posix(directory)) {
			Files.setPosixFilePermissions(directory, DIRECTORY);
		}
	}

	static void file(Path file) throws IOException {
		if (posix(file)) {
			Files.setPosixFilePermissions(file, FILE);
		}
	}

	/**
	 * Writes the text to a new file that is never readable by others, not even for a
	 * moment, and then moves it into place.
	 */
	static Path write(Path file, String text) throws IOException {
		Path directory = file.toAbsolutePath().getParent();
		FileAttribute<?>[] attributes = posix(directory)
				? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(FILE) } : new FileAttribute<?>[0];
		Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp", attributes);
		try {
			Files.writeString(temporary, text);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
		return file;
	}

	private static boolean posix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

}

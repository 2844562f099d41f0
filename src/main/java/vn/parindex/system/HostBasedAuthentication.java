package vn.parindex.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded PostgreSQL's {@code pg_hba.conf}: every connection, local or over the
 * loopback, proves a SCRAM-SHA-256 password. Earlier versions left initdb's "trust".
 */
final class HostBasedAuthentication {

	private static final String MARK = "# ParIndex: every connection needs a SCRAM-SHA-256 password";

	private static final String SCRAM = """
			local   all          all                   scram-sha-256
			host    all          all   127.0.0.1/32    scram-sha-256
			host    all          all   ::1/128         scram-sha-256
			local   replication  all                   scram-sha-256
			host    replication  all   127.0.0.1/32    scram-sha-256
			host    replication  all   ::1/128         scram-sha-256
			""";

	/** What the server reads from now on. */
	static final String SECURED = MARK + "\n" + SCRAM;

	/**
	 * For the one start that secures a directory of an earlier version, whose superuser
	 * has no password yet: only the superuser on the maintenance database is trusted,
	 * until the password is set and {@link #SECURED} is loaded.
	 */
	static final String UPGRADING = """
			# ParIndex: securing a data directory of an earlier version (replaced at once)
			host    postgres     postgres   127.0.0.1/32    trust
			host    postgres     postgres   ::1/128         trust
			""" + SCRAM;

	private HostBasedAuthentication() {
	}

	static boolean isSecured(Path pgData) throws IOException {
		Path file = pgData.resolve("pg_hba.conf");
		return Files.exists(file) && Files.readString(file).startsWith(MARK);
	}

	static void write(Path pgData, String rules) {
		try {
			OwnerOnly.write(pgData.resolve("pg_hba.conf"), rules);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + pgData.resolve("pg_hba.conf"), ex);
		}
	}

}

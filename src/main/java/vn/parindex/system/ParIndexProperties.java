package vn.parindex.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the whole application, bound from {@code parindex.*} (environment variables
 * {@code PARINDEX_*}).
 *
 * @param dataDir where the embedded database keeps its data ({@code PARINDEX_DATA_DIR})
 */
@ConfigurationProperties("parindex")
record ParIndexProperties(@DefaultValue("./data") Path dataDir) {
}

package vn.parindex.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize the largest evidence file accepted; the multipart limits
 * ({@code spring.servlet.multipart.*}) must stay above it, or uploads fail before
 * reaching the check that explains why
 */
@ConfigurationProperties("parindex.evidence")
record EvidenceSettings(@DefaultValue("20MB") DataSize maxSize) {
}

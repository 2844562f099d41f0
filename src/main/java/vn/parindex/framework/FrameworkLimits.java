package vn.parindex.framework;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How large a framework may grow.
 *
 * @param maxDepth levels of the tree, an area being 1: area, criterion, sub-criterion and
 * a few more (the national frameworks use three or four)
 * @param maxNodes nodes in one framework (the national frameworks have about a hundred)
 */
@ConfigurationProperties("parindex.framework")
public record FrameworkLimits(@DefaultValue("12") int maxDepth, @DefaultValue("5000") int maxNodes) {

	/** The limits when nothing is configured. */
	public static final FrameworkLimits DEFAULTS = new FrameworkLimits(12, 5000);

}

package vn.parindex.units;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxDepth how many levels the hierarchy may have, a top unit being level 1.
 * Vietnam's deepest is about four (ministry or province, department, division, commune);
 * twenty leaves room for any reorganisation while keeping every page and export that
 * walks the tree cheap
 */
@ConfigurationProperties("parindex.units")
record UnitLimits(@DefaultValue("20") int maxDepth) {
}

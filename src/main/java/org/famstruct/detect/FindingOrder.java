package org.famstruct.detect;

import java.util.Comparator;
import java.util.List;
import org.famstruct.model.Pattern;

/**
 * The report order of findings: catalog order of patterns ({@link Pattern}); within
 * enmeshment, cross-generational dyads first (PATTERNS.md); then the role lists compared
 * lexicographically in role order; then the first evidence position and the summary, so that
 * equal role lists (two rated boundaries around the same members) still sort the same way on
 * every run.
 */
public final class FindingOrder {
    public static final Comparator<Finding> REPORT = Comparator
            .comparingInt((Finding f) -> f.pattern().ordinal())
            .thenComparing(f -> Boolean.TRUE.equals(f.attributes().get("cross_generational")) ? 0 : 1)
            .thenComparing(FindingOrder::compareRoles)
            .thenComparing(f -> f.evidence().isEmpty() ? 0 : f.evidence().get(0).pos().line())
            .thenComparing(f -> f.evidence().isEmpty() ? 0 : f.evidence().get(0).pos().column())
            .thenComparing(Finding::summary);

    private FindingOrder() {}

    private static int compareRoles(Finding a, Finding b) {
        for (String role : Pattern.ROLES) {
            int c = compareLists(a.role(role), b.role(role));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int compareLists(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}

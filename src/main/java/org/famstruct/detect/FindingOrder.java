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
    // Written out rather than chained with Comparator.comparing/thenComparing: the JDK's
    // combinators make serializable lambdas, which the launcher's AOT cache cannot keep, so every
    // run generated their classes anew (docs/speed.md, "Start-up").
    public static final Comparator<Finding> REPORT = FindingOrder::compare;

    private FindingOrder() {}

    private static int compare(Finding a, Finding b) {
        int c = Integer.compare(a.pattern().ordinal(), b.pattern().ordinal());
        if (c == 0) {
            c = Integer.compare(crossGenerationalLast(a), crossGenerationalLast(b));
        }
        if (c == 0) {
            c = compareRoles(a, b);
        }
        if (c == 0) {
            c = Integer.compare(firstEvidenceLine(a), firstEvidenceLine(b));
        }
        if (c == 0) {
            c = Integer.compare(firstEvidenceColumn(a), firstEvidenceColumn(b));
        }
        return c != 0 ? c : a.summary().compareTo(b.summary());
    }

    private static int crossGenerationalLast(Finding f) {
        return Boolean.TRUE.equals(f.attributes().get("cross_generational")) ? 0 : 1;
    }

    private static int firstEvidenceLine(Finding f) {
        return f.evidence().isEmpty() ? 0 : f.evidence().get(0).pos().line();
    }

    private static int firstEvidenceColumn(Finding f) {
        return f.evidence().isEmpty() ? 0 : f.evidence().get(0).pos().column();
    }

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

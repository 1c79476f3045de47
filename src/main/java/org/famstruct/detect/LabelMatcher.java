package org.famstruct.detect;

import java.util.List;
import java.util.Map;
import org.famstruct.model.ExpectedLabel;

/**
 * Compares a coder's {@code expected:} labels with findings (FORMAT.md, "Expected labels"). A
 * present label matches a finding of its pattern whose role lists equal the label's, as sets,
 * for every role the label names; a role the label leaves out matches anything. An absent
 * label holds when no finding has its pattern. Used by the tests and by {@code famstruct agree}.
 */
public final class LabelMatcher {
    private LabelMatcher() {}

    /** True when {@code finding} is an occurrence of the present label {@code label}. */
    public static boolean matches(ExpectedLabel label, Finding finding) {
        if (label.absent() || label.pattern() != finding.pattern()) {
            return false;
        }
        for (Map.Entry<String, List<String>> role : label.roles().entrySet()) {
            List<String> found = finding.role(role.getKey());
            if (!sameMembers(role.getValue(), found)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the label holds: some finding matches it; for an absent label, no finding has its pattern. */
    public static boolean holds(ExpectedLabel label, List<Finding> findings) {
        if (label.absent()) {
            return findings.stream().noneMatch(f -> f.pattern() == label.pattern());
        }
        return findings.stream().anyMatch(f -> matches(label, f));
    }

    /** The labels that do not hold, in the labels' order. */
    public static List<ExpectedLabel> failing(List<ExpectedLabel> labels, List<Finding> findings) {
        return labels.stream().filter(l -> !holds(l, findings)).toList();
    }

    private static boolean sameMembers(List<String> expected, List<String> found) {
        return expected.size() == found.size() && found.containsAll(expected) && expected.containsAll(found);
    }
}

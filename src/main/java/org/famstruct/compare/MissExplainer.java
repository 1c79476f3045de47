package org.famstruct.compare;

import java.util.List;
import org.famstruct.detect.Analyzer;
import org.famstruct.detect.ExplainQuery;
import org.famstruct.detect.Explanation;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.ExpectedLabel;

/**
 * For {@code agree --per file}: why a coder's label was missed, in one line, from the same
 * explanation {@code famstruct explain} prints for the label's members.
 */
public final class MissExplainer {
    private MissExplainer() {}

    /**
     * The first condition not held; what analyze reports instead when the members hold the
     * pattern in other roles than the label's; or null when the label does not name the roles
     * the pattern is explained for.
     */
    public static String why(Analyzer analyzer, FamilyGraph graph, ExpectedLabel label) {
        ExplainQuery query = new ExplainQuery(role(label, "members"), role(label, "between"), role(label, "against"));
        Explanation explanation;
        try {
            explanation = analyzer.explain(graph, label.pattern(), query);
        } catch (ExplainQuery.Incomplete e) {
            return null;
        }
        if (explanation.holds()) {
            return "found with other roles than the label's: " + explanation.finding().summary();
        }
        return "not held: " + explanation.firstFailed().condition();
    }

    private static List<String> role(ExpectedLabel label, String role) {
        return label.roles().getOrDefault(role, List.of());
    }
}

package org.famstruct.detect;

import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Relationship;

/**
 * bond(a,b) and bond_from(p,c) of PATTERNS.md with the rules' over-involvement bonus: the one
 * place bonds are computed, so that a rules file changes every bond the same way.
 */
final class Bonds {
    private Bonds() {}

    /** The sum of valence x weight over the dyad's relationships, clamped to -3..3; 0 when nothing links them. */
    static int bond(FamilyGraph graph, Rules rules, String a, String b) {
        return sum(graph, rules, a, b, false);
    }

    /**
     * bond_from(p,c): the same sum over only what p brings to the dyad, the relationships that
     * are undirected or directed from p to c. A child's caretaking of a parent is not the
     * parent's bond with the child.
     */
    static int bondFrom(FamilyGraph graph, Rules rules, String p, String c) {
        return sum(graph, rules, p, c, true);
    }

    private static int sum(FamilyGraph graph, Rules rules, String a, String b, boolean onlyFromA) {
        int sum = 0;
        for (Relationship r : graph.between(a, b)) {
            if (onlyFromA && r.directed() && !r.from().equals(a)) {
                continue;
            }
            int weight = r.intensity() + (r.type().overInvolvedPositive() ? rules.overInvolvementBonus() : 0);
            sum += r.type().valence().sign() * weight;
        }
        return Math.max(-3, Math.min(3, sum));
    }
}

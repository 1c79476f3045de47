package org.famstruct.detect;

import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Relationship;

/**
 * bond(a,b) of PATTERNS.md with the rules' over-involvement bonus. {@link FamilyGraph#bond}
 * keeps the default bonus of 1; the detectors and measures use this one so that a rules file
 * changes every bond the same way.
 */
final class Bonds {
    private Bonds() {}

    /** The sum of valence x weight over the dyad's relationships, clamped to -3..3; 0 when nothing links them. */
    static int bond(FamilyGraph graph, Rules rules, String a, String b) {
        int sum = 0;
        for (Relationship r : graph.between(a, b)) {
            int weight = r.intensity() + (r.type().overInvolvedPositive() ? rules.overInvolvementBonus() : 0);
            sum += r.type().valence().sign() * weight;
        }
        return Math.max(-3, Math.min(3, sum));
    }
}

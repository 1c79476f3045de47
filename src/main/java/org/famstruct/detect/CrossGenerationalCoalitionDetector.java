package org.famstruct.detect;

import java.util.List;
import java.util.function.Consumer;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;

/**
 * {@code cross-generational-coalition}: a coalition whose members span generations against a
 * target who is not younger than all of them. Minuchin's (1974) "stable coalition" of a parent
 * and a child against the other parent; Haley's (1967) "perverse triangle", a person of one
 * generation joined with one of another against a peer, which is perverse when denied.
 */
public final class CrossGenerationalCoalitionDetector implements Detector {

    @Override
    public Pattern pattern() {
        return Pattern.CROSS_GENERATIONAL_COALITION;
    }

    @Override
    public String rule() {
        return "A coalition (coded or inferred, as for coalition) whose members span two or more generations and "
                + "whose target's generation is not younger than every member's (gen(target) <= the largest "
                + "generation number among the members). Parents and grandparents jointly against a child are "
                + "not this pattern. perverse: the coalition or a relationship it rests on is covert (Haley's "
                + "denied coalition); initiator: as coded. When a generation it needs is unknown, the plain "
                + "coalition is reported with a note.";
    }

    @Override
    public void detect(DetectionContext context, Consumer<Finding> sink) {
        for (CoalitionFact fact : Coalitions.of(context)) {
            if (fact.crossesGenerations() == Decision.YES) {
                Coalitions.claim(context, pattern(), fact);
                sink.accept(finding(context.graph(), fact));
            }
        }
    }

    @Override
    public Explanation explain(DetectionContext context, ExplainQuery query) {
        return Coalitions.explain(pattern(), context, query, crosses -> crosses == Decision.YES,
                "crosses generations: its members span two or more, and the target is not younger than all of "
                        + "them (a generation it needs must be known)", fact -> finding(context.graph(), fact));
    }

    private Finding finding(FamilyGraph graph, CoalitionFact fact) {
        boolean perverse = fact.covert();
        FindingBuilder b = Coalitions.finding(pattern(), fact).attribute("perverse", perverse);
        return b.build(Names.list(graph, fact.members()) + " ("
                + Names.number(Generations.count(graph, fact.members())) + " generations) are joined"
                + (perverse ? ", covertly," : "") + " against " + Names.list(graph, fact.against()) + ".");
    }
}

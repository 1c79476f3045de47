package org.famstruct.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;

/**
 * {@code coalition}: two or more members jointly against a third (Haley 1967: "a joint action
 * against the third person", as opposed to an alliance, "independent of a third person").
 * Coalitions that cross generations are {@link CrossGenerationalCoalitionDetector}'s; one whose
 * crossing cannot be decided for lack of a generation is reported here, with a note.
 */
public final class CoalitionDetector implements Detector {

    @Override
    public Pattern pattern() {
        return Pattern.COALITION;
    }

    @Override
    public String rule() {
        return "Every coded coalition, without the targets whose executives make up the whole coalition (parents "
                + "aligned against their own child respect the hierarchy; validate warns about such an entry). And, "
                + "for each member c, the members who act against c (an undirected negative relationship, a directed "
                + "negative one toward c, or a coded coalition against c; being blamed is acting against nobody), "
                + "two of them linked when pos holds between them, opp does not, and they are not both executives "
                + "of c: each connected group of two or more is one coalition against c, unless all of it are c's "
                + "executives. A group in which two members oppose each other is no joint action: it falls apart "
                + "into its maximal cliques, each of two or more being one coalition (after 1,000 cliques for one "
                + "target the rest is reported as it is, with a note). An inferred coalition whose members all "
                + "belong to a coded one against the same target joins its evidence. Coalitions across generations "
                + "are cross-generational-coalition.";
    }

    @Override
    public void detect(DetectionContext context, Consumer<Finding> sink) {
        for (CoalitionFact fact : Coalitions.of(context)) {
            if (fact.crossesGenerations() != Decision.YES) {
                Coalitions.claim(context, pattern(), fact);
                sink.accept(finding(context.graph(), fact));
            }
        }
    }

    @Override
    public Explanation explain(DetectionContext context, ExplainQuery query) {
        return Coalitions.explain(pattern(), context, query, crosses -> crosses != Decision.YES,
                "does not cross generations (that is a cross-generational-coalition)",
                fact -> finding(context.graph(), fact));
    }

    private Finding finding(FamilyGraph graph, CoalitionFact fact) {
        FindingBuilder b = Coalitions.finding(pattern(), fact);
        if (fact.crossesGenerations() == Decision.UNKNOWN) {
            List<String> involved = new ArrayList<>(fact.members());
            involved.addAll(fact.against());
            b.note(Generations.undecidedNote(graph, Generations.unknown(graph, involved),
                    "whether this coalition crosses generations"));
        }
        return b.build(Names.list(graph, fact.members()) + " are joined against "
                + Names.list(graph, fact.against()) + (fact.coded() != null ? " (coded coalition)." : "."));
    }
}

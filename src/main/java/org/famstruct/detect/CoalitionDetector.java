package org.famstruct.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.PatternIds;

/**
 * {@code coalition}: two or more members jointly against a third (Haley 1967: "a joint action
 * against the third person", as opposed to an alliance, "independent of a third person").
 * Coalitions that cross generations are {@link CrossGenerationalCoalitionDetector}'s; one whose
 * crossing cannot be decided for lack of a generation is reported here, with a note.
 */
public final class CoalitionDetector implements Detector {

    @Override
    public String id() {
        return PatternIds.COALITION;
    }

    @Override
    public String summary() {
        return "Two or more members joined against another.";
    }

    @Override
    public String rule() {
        return "Every coded coalition; and, for each member c, the members opposed to c (a negative "
                + "relationship or a coded coalition) who are linked to one another by positive relationships, "
                + "each connected group of two or more being one coalition against c. Executives of c linked only "
                + "to each other, or a group made only of c's executives, are no coalition (parents aligned "
                + "against their own child respect the hierarchy). An inferred coalition identical to a coded "
                + "one joins its evidence. Coalitions across generations are cross-generational-coalition.";
    }

    @Override
    public List<String> references() {
        return List.of(References.HALEY_1967, References.MINUCHIN_1974);
    }

    @Override
    public void detect(DetectionContext context, Consumer<Finding> sink) {
        FamilyGraph graph = context.graph();
        for (CoalitionFact fact : Coalitions.of(context)) {
            if (fact.crossesGenerations() == Decision.YES) {
                continue;
            }
            Coalitions.claim(context, fact);
            FindingBuilder b = Coalitions.finding(id(), fact);
            if (fact.crossesGenerations() == Decision.UNKNOWN) {
                List<String> involved = new ArrayList<>(fact.members());
                involved.addAll(fact.against());
                b.note(Generations.undecidedNote(graph, Generations.unknown(graph, involved),
                        "whether this coalition crosses generations"));
            }
            sink.accept(b.build(Names.list(graph, fact.members()) + " are joined against "
                    + Names.list(graph, fact.against()) + (fact.coded() != null ? " (coded coalition)." : ".")));
        }
    }
}

package org.famstruct.detect;

import java.util.List;
import org.famstruct.graph.FamilyGraph;

/**
 * The members and dyads that take part in patterns and measures: deceased members and pets are
 * drawn but analysed in nothing (PATTERNS.md).
 */
final class Participants {
    private Participants() {}

    /** Coded dyads (pairs linked by a relationship) whose two members take part, sorted; read-only. */
    static List<List<String>> dyads(FamilyGraph graph) {
        return graph.participantDyads();
    }
}

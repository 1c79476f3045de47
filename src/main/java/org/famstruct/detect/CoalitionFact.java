package org.famstruct.detect;

import java.util.List;
import org.famstruct.model.Coalition;

/**
 * One coalition of a family, coded or inferred, before it is reported as {@code coalition} or
 * {@code cross-generational-coalition}.
 *
 * @param members    the coalition, sorted ids, every one taking part
 * @param against    its targets, sorted ids
 * @param coded      the coded entry it comes from, or null when inferred
 * @param strength   1..3 (a coded coalition counts 3)
 * @param evidence   what it rests on (for a coded one, also the relationships of the identical
 *                   inferred coalition that was merged into it)
 * @param crossesGenerations whether it crosses the generational hierarchy
 * @param notes      what the finding should say besides (a clique enumeration cut short)
 */
record CoalitionFact(List<String> members, List<String> against, Coalition coded, int strength,
        List<Evidence> evidence, Decision crossesGenerations, List<String> notes) {

    /** Haley's denied coalition: the coalition itself, or something it rests on, is covert. */
    boolean covert() {
        return evidence.stream().anyMatch(e -> !e.overt());
    }
}

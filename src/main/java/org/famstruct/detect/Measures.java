package org.famstruct.detect;

import java.util.Map;

/**
 * The family-level numbers of PATTERNS.md, for tables. Null means "empty" in a table: no
 * balanced-or-not triad ({@code balance}), no coded dyad ({@code cohesion}), no parental pair.
 *
 * @param counts findings per pattern id, every id present, in catalog order
 */
public record Measures(int members, int generations, int relationships, Double balance, Double cohesion,
        Integer parentalBond, int enmeshedDyads, int disengagedDyads, Map<String, Integer> counts) {

    /** The measures by their output names, in the one order every format uses (counts apart). */
    public Map<String, Number> named() {
        Map<String, Number> named = new java.util.LinkedHashMap<>();
        named.put("members", members);
        named.put("generations", generations);
        named.put("relationships", relationships);
        named.put("balance", balance);
        named.put("cohesion", cohesion);
        named.put("parental_bond", parentalBond);
        named.put("enmeshed_dyads", enmeshedDyads);
        named.put("disengaged_dyads", disengagedDyads);
        return named;
    }
}

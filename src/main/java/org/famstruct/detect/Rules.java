package org.famstruct.detect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.famstruct.model.RelationshipType;

/**
 * The thresholds and vocabulary choices of PATTERNS.md. Every value here is a default that a
 * rules file ({@code --rules FILE}) can change; {@code famstruct patterns --defaults} prints
 * them in that file's format ({@link RulesFile}).
 *
 * @param minorAgeBelow         minor(x): no age, or an age under this (hierarchy patterns)
 * @param allianceMinBond       alliance and cross-generational-alliance: the least bond
 * @param triangulationRequiresAct triangulation: at least one side must draw the third in by an act
 * @param overInvolvementBonus  bond(): what over-involved positive types add to their intensity
 * @param minStrength           findings weaker than this are not reported
 * @param detouringSupportiveTypes relationship types (canonical ids) that count as supportive focus
 * @param detouringAttackingTypes  relationship types that count as attacking focus
 */
public record Rules(
        int minorAgeBelow,
        int allianceMinBond,
        boolean triangulationRequiresAct,
        int overInvolvementBonus,
        int minStrength,
        List<String> detouringSupportiveTypes,
        List<String> detouringAttackingTypes) {

    public static final Rules DEFAULTS = new Rules(18, 2, true, 1, 1,
            List.of("overprotects", "focused-on", "fused", "caretakes"),
            List.of("blames", "conflict", "abuses"));

    /**
     * Checks the ranges {@link RulesFile} also checks (so rules built in code cannot be
     * nonsense either) and keeps the type lists as canonical ids, aliases resolved.
     */
    public Rules {
        check(minorAgeBelow >= 0 && minorAgeBelow <= 131, "minorAgeBelow must be in 0..131");
        check(allianceMinBond >= -3 && allianceMinBond <= 3, "allianceMinBond must be in -3..3");
        check(overInvolvementBonus >= 0 && overInvolvementBonus <= 3, "overInvolvementBonus must be in 0..3");
        check(minStrength >= 1 && minStrength <= 3, "minStrength must be in 1..3");
        detouringSupportiveTypes = canonical(detouringSupportiveTypes);
        detouringAttackingTypes = canonical(detouringAttackingTypes);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    private static List<String> canonical(List<String> names) {
        List<String> ids = new ArrayList<>();
        for (String name : names) {
            String id = RelationshipType.byName(name)
                    .orElseThrow(() -> new IllegalArgumentException("unknown relationship type '" + name + "'"))
                    .id();
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    /** The supportive-focus types as a set. */
    public Set<RelationshipType> supportiveTypes() {
        return types(detouringSupportiveTypes);
    }

    /** The attacking-focus types as a set. */
    public Set<RelationshipType> attackingTypes() {
        return types(detouringAttackingTypes);
    }

    private static Set<RelationshipType> types(List<String> ids) {
        Set<RelationshipType> set = EnumSet.noneOf(RelationshipType.class);
        ids.forEach(id -> set.add(RelationshipType.byName(id).orElseThrow()));
        return Collections.unmodifiableSet(set);
    }
}

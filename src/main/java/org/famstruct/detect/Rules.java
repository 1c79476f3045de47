package org.famstruct.detect;

import java.util.List;

/**
 * The thresholds and vocabulary choices of PATTERNS.md. Every value here is a default that a
 * rules file ({@code --rules FILE}) can change; {@code famstruct patterns --defaults} prints
 * them in that file's format.
 *
 * @param minorAgeBelow         minor(x): no age, or an age under this (hierarchy patterns)
 * @param allianceMinBond       cross-generational-alliance: the least bond(p,c)
 * @param triangulationRequiresRecruit triangulation: at least one side must recruit the third
 * @param overInvolvementBonus  bond(): what over-involved positive types add to their intensity
 * @param minStrength           findings weaker than this are not reported
 * @param detouringSupportiveTypes relationship types (canonical ids) that count as supportive focus
 * @param detouringAttackingTypes  relationship types that count as attacking focus
 */
public record Rules(
        int minorAgeBelow,
        int allianceMinBond,
        boolean triangulationRequiresRecruit,
        int overInvolvementBonus,
        int minStrength,
        List<String> detouringSupportiveTypes,
        List<String> detouringAttackingTypes) {

    public static final Rules DEFAULTS = new Rules(18, 2, true, 1, 1,
            List.of("overprotects", "focused-on", "fused", "caretakes"),
            List.of("blames", "conflict", "abuses"));
}

package org.famstruct.map;

import org.famstruct.detect.Finding;
import org.famstruct.model.PatternIds;

/** How a finding is named and grouped on a map: the one place the maps know pattern ids. */
final class FindingLook {
    /**
     * The parental alliance of the detectors v2 issue, a strength: drawn as Minuchin's
     * affiliation highlighted. Named here by its id until the pattern catalog has it.
     */
    static final String ALLIANCE = "alliance";

    private FindingLook() {}

    /** Findings drawn alike share a kind (and a colour, and a legend entry). */
    enum Kind {
        COALITION("coalition"),
        TRIANGULATION("triangulation"),
        DETOURING("detouring (from the parents' point)"),
        ALLIANCE("cross-generational alliance"),
        AFFILIATION("alliance (a strength)"),
        HIERARCHY("parentification or hierarchy reversal"),
        BOUNDARY("enmeshment or disengagement");

        final String legend;

        Kind(String legend) {
            this.legend = legend;
        }
    }

    static Kind kind(String pattern) {
        return switch (pattern) {
            case PatternIds.COALITION, PatternIds.CROSS_GENERATIONAL_COALITION -> Kind.COALITION;
            case PatternIds.TRIANGULATION -> Kind.TRIANGULATION;
            case PatternIds.DETOURING_SUPPORTIVE, PatternIds.DETOURING_ATTACKING -> Kind.DETOURING;
            case PatternIds.CROSS_GENERATIONAL_ALLIANCE -> Kind.ALLIANCE;
            case ALLIANCE -> Kind.AFFILIATION;
            case PatternIds.PARENTIFICATION, PatternIds.HIERARCHY_REVERSAL -> Kind.HIERARCHY;
            default -> Kind.BOUNDARY;
        };
    }

    /** The words on the map: "cross-generational coalition (denied)", "detouring (attacking)". */
    static String label(Finding finding) {
        String label = switch (finding.pattern()) {
            case PatternIds.DETOURING_SUPPORTIVE -> "detouring (supportive)";
            case PatternIds.DETOURING_ATTACKING -> "detouring (attacking)";
            case PatternIds.CROSS_GENERATIONAL_COALITION -> "cross-generational coalition";
            case PatternIds.CROSS_GENERATIONAL_ALLIANCE -> "cross-generational alliance";
            default -> finding.pattern().replace('-', ' ');
        };
        if (Boolean.TRUE.equals(finding.attributes().get("perverse"))) {
            label += " (denied)";
        }
        return label;
    }
}

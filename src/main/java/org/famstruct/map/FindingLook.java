package org.famstruct.map;

import org.famstruct.detect.Finding;
import org.famstruct.model.Pattern;

/** How a finding is named and grouped on a map: the one place the maps know pattern ids. */
final class FindingLook {

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

    static Kind kind(Pattern pattern) {
        return switch (pattern) {
            case COALITION, CROSS_GENERATIONAL_COALITION -> Kind.COALITION;
            case TRIANGULATION -> Kind.TRIANGULATION;
            case DETOURING_SUPPORTIVE, DETOURING_ATTACKING -> Kind.DETOURING;
            case CROSS_GENERATIONAL_ALLIANCE -> Kind.ALLIANCE;
            case ALLIANCE -> Kind.AFFILIATION;
            case PARENTIFICATION, HIERARCHY_REVERSAL -> Kind.HIERARCHY;
            case ENMESHMENT, DISENGAGEMENT -> Kind.BOUNDARY;
        };
    }

    /** The words on the map: "cross-generational coalition (denied)", "detouring (attacking)". */
    static String label(Finding finding) {
        String label = switch (finding.pattern()) {
            case DETOURING_SUPPORTIVE -> "detouring (supportive)";
            case DETOURING_ATTACKING -> "detouring (attacking)";
            case CROSS_GENERATIONAL_COALITION -> "cross-generational coalition";
            case CROSS_GENERATIONAL_ALLIANCE -> "cross-generational alliance";
            default -> finding.pattern().id().replace('-', ' ');
        };
        if (Boolean.TRUE.equals(finding.attributes().get("perverse"))) {
            label += " (denied)";
        }
        return label;
    }
}

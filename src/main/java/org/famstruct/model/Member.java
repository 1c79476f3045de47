package org.famstruct.model;

import java.util.List;

/**
 * A family member (or a pet). {@code generation} is the explicit value from the file, or null:
 * inferred generations live in the graph layer.
 */
public record Member(
        String id,
        String name,
        Gender gender,
        YearOrDate born,
        YearOrDate died,
        boolean deceased,
        Integer age,
        Integer generation,
        List<String> parents,
        String role,
        boolean identifiedPatient,
        Executive executive,
        String household,
        boolean pet,
        SourcePos pos) {

    /** Deceased members and pets are drawn but take part in no pattern. */
    public boolean takesPart() {
        return !deceased && !pet;
    }
}

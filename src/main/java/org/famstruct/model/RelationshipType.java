package org.famstruct.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.famstruct.model.Involvement.NORMAL;
import static org.famstruct.model.Involvement.OVER;
import static org.famstruct.model.Involvement.UNDER;
import static org.famstruct.model.Valence.NEGATIVE;
import static org.famstruct.model.Valence.NEUTRAL;
import static org.famstruct.model.Valence.POSITIVE;

/** The relationship vocabulary of FORMAT.md: canonical id, aliases, direction, valence, involvement. */
public enum RelationshipType {
    CLOSE("close", false, POSITIVE, NORMAL, "affiliation", "alliance", "harmony", "friendship", "love", "supportive"),
    FUSED("fused", false, POSITIVE, OVER, "enmeshed", "overinvolved", "over-involved"),
    CONFLICT("conflict", false, NEGATIVE, NORMAL, "hostile", "discord", "conflictual"),
    FUSED_HOSTILE("fused-hostile", false, NEGATIVE, OVER, "fused-conflict", "enmeshed-hostile"),
    CLOSE_HOSTILE("close-hostile", false, NEGATIVE, NORMAL, "ambivalent"),
    DISTANT("distant", false, NEUTRAL, UNDER, "disengaged", "indifferent"),
    CUTOFF("cutoff", false, NEGATIVE, UNDER, "cut-off", "estranged"),
    FOCUSED_ON("focused-on", true, NEUTRAL, OVER, "preoccupied-with"),
    OVERPROTECTS("overprotects", true, POSITIVE, OVER, "overprotective"),
    BLAMES("blames", true, NEGATIVE, OVER, "scapegoats", "attacks", "focused-on-negatively"),
    RECRUITS("recruits", true, NEUTRAL, NORMAL, "pulls", "enlists", "demands-loyalty"),
    CARETAKES("caretakes", true, POSITIVE, OVER, "caretaker", "caregiver"),
    CONFIDES_IN("confides-in", true, POSITIVE, OVER, "confidant"),
    CONTROLS("controls", true, NEUTRAL, NORMAL, "dominates"),
    GO_BETWEEN("go-between", true, NEUTRAL, OVER, "mediates", "mediator", "messenger"),
    ABUSES("abuses", true, NEGATIVE, OVER, "abuse"),
    NEGLECTS("neglects", true, NEGATIVE, UNDER, "neglect");

    private static final Map<String, RelationshipType> BY_NAME;

    static {
        Map<String, RelationshipType> byName = new LinkedHashMap<>();
        for (RelationshipType type : values()) {
            byName.put(type.id, type);
            for (String alias : type.aliases) {
                byName.put(alias, type);
            }
        }
        BY_NAME = Collections.unmodifiableMap(byName);
    }

    private final String id;
    private final boolean directed;
    private final Valence valence;
    private final Involvement involvement;
    private final List<String> aliases;

    RelationshipType(String id, boolean directed, Valence valence, Involvement involvement, String... aliases) {
        this.id = id;
        this.directed = directed;
        this.valence = valence;
        this.involvement = involvement;
        this.aliases = List.of(aliases);
    }

    public String id() {
        return id;
    }

    public boolean directed() {
        return directed;
    }

    public Valence valence() {
        return valence;
    }

    public Involvement involvement() {
        return involvement;
    }

    public List<String> aliases() {
        return aliases;
    }

    /** Over-involved positive types weigh one more in bond() (PATTERNS.md). */
    public boolean overInvolvedPositive() {
        return valence == POSITIVE && involvement == OVER;
    }

    /** Every accepted name, canonical ids and aliases, in vocabulary order. */
    public static Iterable<String> allNames() {
        return BY_NAME.keySet();
    }

    public static Optional<RelationshipType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}

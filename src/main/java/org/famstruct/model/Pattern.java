package org.famstruct.model;

import static org.famstruct.model.References.BOSZORMENYI_NAGY_SPARK_1973;
import static org.famstruct.model.References.BOWEN_1978;
import static org.famstruct.model.References.GEHRING_MARTI_1993;
import static org.famstruct.model.References.HALEY_1967;
import static org.famstruct.model.References.MCGOLDRICK_2008;
import static org.famstruct.model.References.MINUCHIN_1974;
import static org.famstruct.model.References.MINUCHIN_ROSMAN_BAKER_1978;
import static org.famstruct.model.References.SZAPOCZNIK_2003;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The patterns of PATTERNS.md, in catalog order: the one place that names them. Each carries
 * its id (as in the case format's {@code expected:} labels and every output), its kind, a
 * one-line summary, the literature it follows and the rules-file keys its rule reads. The rule
 * itself lives with the detector that applies it.
 */
public enum Pattern {
    COALITION("coalition", Kind.PROBLEM, "Two or more members joined against another.",
            List.of(HALEY_1967, MINUCHIN_1974)),
    CROSS_GENERATIONAL_COALITION("cross-generational-coalition", Kind.PROBLEM,
            "A coalition across generations against a member who is not younger than all of it.",
            List.of(MINUCHIN_1974, HALEY_1967)),
    CROSS_GENERATIONAL_ALLIANCE("cross-generational-alliance", Kind.PROBLEM,
            "An older member who brings more to a younger one than to their own partner or co-executive.",
            List.of(GEHRING_MARTI_1993, SZAPOCZNIK_2003, MINUCHIN_1974),
            "alliance_min_bond", "over_involvement_bonus"),
    TRIANGULATION("triangulation", Kind.PROBLEM, "A member drawn into the tension between two others.",
            List.of(BOWEN_1978, MINUCHIN_1974), "triangulation_requires_act"),
    DETOURING_SUPPORTIVE("detouring-supportive", Kind.PROBLEM, "Parents in conflict united in protecting a child.",
            List.of(MINUCHIN_ROSMAN_BAKER_1978, MINUCHIN_1974, SZAPOCZNIK_2003), "detouring_supportive_types"),
    DETOURING_ATTACKING("detouring-attacking", Kind.PROBLEM, "Parents in conflict united in blaming a child.",
            List.of(MINUCHIN_ROSMAN_BAKER_1978, MINUCHIN_1974, SZAPOCZNIK_2003), "detouring_attacking_types"),
    PARENTIFICATION("parentification", Kind.PROBLEM, "A child who takes on parental responsibilities.",
            List.of(BOSZORMENYI_NAGY_SPARK_1973, MINUCHIN_1974), "minor_age_below"),
    HIERARCHY_REVERSAL("hierarchy-reversal", Kind.PROBLEM, "A child who holds power over an older member.",
            List.of(GEHRING_MARTI_1993, MINUCHIN_1974), "minor_age_below"),
    ALLIANCE("alliance", Kind.STRENGTH, "Two members of one subsystem allied with each other (a strength).",
            List.of(MINUCHIN_1974, HALEY_1967), "alliance_min_bond", "over_involvement_bonus"),
    ENMESHMENT("enmeshment", Kind.PROBLEM, "Diffuse boundaries: over-involvement that erodes separateness.",
            List.of(MINUCHIN_1974, MCGOLDRICK_2008)),
    DISENGAGEMENT("disengagement", Kind.PROBLEM, "Rigid boundaries: too little contact where the structure expects it.",
            List.of(MINUCHIN_1974, BOWEN_1978, MCGOLDRICK_2008));

    /** What a finding tells a therapist: a problem to work on, or a strength to build on. */
    public enum Kind {
        PROBLEM("problem"), STRENGTH("strength");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** The role lists a finding (and an expected label) may carry besides {@code members}, in report order. */
    public static final List<String> ROLES = List.of("members", "against", "between", "excluded", "toward");

    /** Every id, in catalog order. */
    public static final List<String> IDS = Arrays.stream(values()).map(Pattern::id).toList();

    private final String id;
    private final Kind kind;
    private final String summary;
    private final List<String> references;
    private final List<String> ruleKeys;

    Pattern(String id, Kind kind, String summary, List<String> references, String... ruleKeys) {
        this.id = id;
        this.kind = kind;
        this.summary = summary;
        this.references = references;
        this.ruleKeys = List.of(ruleKeys);
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isProblem() {
        return kind == Kind.PROBLEM;
    }

    public String summary() {
        return summary;
    }

    public List<String> references() {
        return references;
    }

    /** The keys of the rules file this pattern's rule reads (besides min_strength, read by all). */
    public List<String> ruleKeys() {
        return ruleKeys;
    }

    public static Optional<Pattern> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}

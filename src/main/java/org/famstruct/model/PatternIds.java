package org.famstruct.model;

import java.util.List;

/**
 * The pattern ids of PATTERNS.md. They are part of the case format (the {@code expected:}
 * labels name them), so the model knows them; the detectors carry the rules.
 */
public final class PatternIds {
    public static final String COALITION = "coalition";
    public static final String CROSS_GENERATIONAL_COALITION = "cross-generational-coalition";
    public static final String CROSS_GENERATIONAL_ALLIANCE = "cross-generational-alliance";
    public static final String TRIANGULATION = "triangulation";
    public static final String DETOURING_SUPPORTIVE = "detouring-supportive";
    public static final String DETOURING_ATTACKING = "detouring-attacking";
    public static final String PARENTIFICATION = "parentification";
    public static final String HIERARCHY_REVERSAL = "hierarchy-reversal";
    public static final String ENMESHMENT = "enmeshment";
    public static final String DISENGAGEMENT = "disengagement";

    /** In catalog order. */
    public static final List<String> ALL = List.of(COALITION, CROSS_GENERATIONAL_COALITION,
            CROSS_GENERATIONAL_ALLIANCE, TRIANGULATION, DETOURING_SUPPORTIVE, DETOURING_ATTACKING,
            PARENTIFICATION, HIERARCHY_REVERSAL, ENMESHMENT, DISENGAGEMENT);

    /** The role lists a finding (and an expected label) may carry besides {@code members}. */
    public static final List<String> ROLES = List.of("members", "against", "between", "excluded", "toward");

    private PatternIds() {}
}

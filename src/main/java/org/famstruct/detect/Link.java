package org.famstruct.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One requirement of a rule between two members (pos, opp, "a recruits c"...), with the
 * relationships and coded coalitions that satisfy it. Each of them alone satisfies the
 * requirement, so the link is as strong as the strongest of them; a finding is then as strong
 * as its weakest necessary link (PATTERNS.md: the smallest intensity among the necessary
 * relationships, a coded coalition counting 3).
 */
record Link(int strength, List<Evidence> evidence) {
    static final Link NONE = new Link(0, List.of());

    static Link of(Collection<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return NONE;
        }
        int strength = 0;
        for (Evidence e : evidence) {
            strength = Math.max(strength, e.intensity());
        }
        return new Link(strength, List.copyOf(evidence));
    }

    boolean holds() {
        return !evidence.isEmpty();
    }

    /** Either requirement satisfies: the evidence of both, the strength of the stronger. */
    Link or(Link other) {
        if (!other.holds()) {
            return this;
        }
        if (!holds()) {
            return other;
        }
        List<Evidence> both = new ArrayList<>(evidence);
        both.addAll(other.evidence);
        return new Link(Math.max(strength, other.strength), both);
    }

    /** The weakest of several necessary links (3 when there is none). */
    static int weakest(Link... links) {
        int strength = 3;
        for (Link link : links) {
            strength = Math.min(strength, link.strength);
        }
        return strength;
    }
}

package org.famstruct.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.famstruct.graph.FamilyGraph;

/**
 * What one family's detection run shares: the graph, the rules, the triads already claimed by
 * a triadic pattern of higher precedence, and results computed once for several detectors.
 * One context per family and thread; detectors themselves hold no state.
 */
public final class DetectionContext {
    private final FamilyGraph graph;
    private final Rules rules;
    private final Set<Triad> claimedTriads = new HashSet<>();
    private final Map<String, Object> shared = new HashMap<>();
    private final List<HeldBack> heldBack = new ArrayList<>();

    public DetectionContext(FamilyGraph graph, Rules rules) {
        this.graph = graph;
        this.rules = rules;
    }

    public FamilyGraph graph() {
        return graph;
    }

    public Rules rules() {
        return rules;
    }

    /** Three member ids in sorted order: a triad whatever order it is asked in, built without joining strings. */
    private record Triad(String first, String second, String third) {
        static Triad of(String a, String b, String c) {
            boolean ordered = a.compareTo(b) <= 0;
            String low = ordered ? a : b;
            String high = ordered ? b : a;
            if (c.compareTo(high) >= 0) {
                return new Triad(low, high, c);
            }
            return c.compareTo(low) >= 0 ? new Triad(low, c, high) : new Triad(c, low, high);
        }
    }

    /** Records that a triadic pattern holds for these three members. */
    public void claimTriad(String a, String b, String c) {
        claimedTriads.add(Triad.of(a, b, c));
    }

    /** True when a triadic pattern of higher precedence already holds for these three. */
    public boolean isTriadClaimed(String a, String b, String c) {
        return claimedTriads.contains(Triad.of(a, b, c));
    }

    /** Records a finding withheld only because its member is an adult. */
    public void holdBack(HeldBack note) {
        heldBack.add(note);
    }

    /** The held-back findings, in the order the detectors found them. */
    public List<HeldBack> heldBack() {
        return List.copyOf(heldBack);
    }

    /** A value computed once per family and shared by several detectors (the coalition list...). */
    @SuppressWarnings("unchecked")
    public <T> T shared(String key, Supplier<T> compute) {
        Object value = shared.get(key);
        if (value == null) {
            value = compute.get();
            shared.put(key, value);
        }
        return (T) value;
    }
}

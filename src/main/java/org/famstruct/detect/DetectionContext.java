package org.famstruct.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;

/**
 * What one family's detection run shares: the graph, the rules, the triads already claimed by
 * a triadic pattern of higher precedence, and results computed once for several detectors.
 * One context per family and thread; detectors themselves hold no state.
 */
public final class DetectionContext {
    private final FamilyGraph graph;
    private final Rules rules;
    /** The triads a triadic pattern holds for, with the pattern and the first line it rests on. */
    private final Map<Triad, Claim> claimedTriads = new HashMap<>();
    /** Concurrent: a large family's two sides of detectors ask for these at once (Analyzer). */
    private final Map<String, Memo> shared = new ConcurrentHashMap<>();
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

        // Written out: SourcePos says why.
        @Override
        public boolean equals(Object o) {
            return o instanceof Triad t && first.equals(t.first) && second.equals(t.second) && third.equals(t.third);
        }

        @Override
        public int hashCode() {
            return (first.hashCode() * 31 + second.hashCode()) * 31 + third.hashCode();
        }
    }

    /**
     * Who holds a triad: the pattern, the member in its finding's {@code members} role (the
     * child drawn in or detoured through; null for a coalition), and the first line of its
     * evidence (0 when none).
     */
    public record Claim(Pattern pattern, String focus, int line) {}

    /** Records that a triadic pattern holds for these three members; the first claim stays. */
    public void claimTriad(String a, String b, String c, Pattern pattern, String focus, List<Evidence> evidence) {
        int line = evidence.stream().mapToInt(e -> e.pos().line()).filter(l -> l > 0).min().orElse(0);
        claimedTriads.putIfAbsent(Triad.of(a, b, c), new Claim(pattern, focus, line));
    }

    /** True when a triadic pattern of higher precedence already holds for these three. */
    public boolean isTriadClaimed(String a, String b, String c) {
        return claimedTriads.containsKey(Triad.of(a, b, c));
    }

    /**
     * The precedence condition of a triadic rule, through the trace: no other finding holds
     * for these three ("they are already a coalition, line 9"). A claim by this very candidate
     * (the pattern and its focus member) does not count: explain runs the pattern's own
     * detector before asking, so its finding has claimed the triad already.
     */
    boolean unclaimed(Trace why, Pattern pattern, String focus, String a, String b) {
        Claim claim = claimOf(a, b, focus);
        boolean free = claim == null || claim.pattern() == pattern && focus.equals(claim.focus());
        if (!why.recording()) {
            return free;
        }
        String condition = "%s, %s and %s are not already the triad of another finding (one triad, one finding)";
        if (free) {
            return why.check(true, condition, focus, a, b);
        }
        return why.check(false, condition + ": they are a " + claim.pattern().id()
                + (claim.focus() != null ? " of %4$s" : "") + (claim.line() > 0 ? " (line " + claim.line() + ")" : ""),
                focus, a, b, claim.focus() == null ? focus : claim.focus());
    }

    /** The claim on these three, or null. */
    public Claim claimOf(String a, String b, String c) {
        return claimedTriads.get(Triad.of(a, b, c));
    }

    /** Records a finding withheld only because its member is an adult. */
    public void holdBack(HeldBack note) {
        heldBack.add(note);
    }

    /** The held-back findings, in the order the detectors found them. */
    public List<HeldBack> heldBack() {
        return List.copyOf(heldBack);
    }

    /**
     * A value computed once per family and shared by several detectors (the coalition list...).
     * Computed by the first thread to ask; another thread asking meanwhile waits for it rather
     * than computing it again.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(String key, Supplier<T> compute) {
        Memo memo = shared.computeIfAbsent(key, k -> new Memo());
        Object value = memo.value;
        if (value == null) {
            synchronized (memo) {
                value = memo.value;
                if (value == null) {
                    value = compute.get();
                    memo.value = value;
                }
            }
        }
        return (T) value;
    }

    /** One shared value, set once. */
    private static final class Memo {
        volatile Object value;
    }
}

package org.famstruct.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.famstruct.model.Pattern;

/**
 * Assembles a {@link Finding} in the shape the renderers rely on: role lists sorted and in the
 * order of {@link Pattern#ROLES}, attributes sorted by name, evidence once each and in file
 * order, strength within 1..3.
 */
final class FindingBuilder {
    /** Written out, not chained: see {@link FindingOrder#REPORT}. */
    static final Comparator<Evidence> FILE_ORDER = (a, b) -> {
        int c = Integer.compare(a.pos().line(), b.pos().line());
        if (c == 0) {
            c = Integer.compare(a.pos().column(), b.pos().column());
        }
        if (c == 0) {
            c = a.kind().compareTo(b.kind());
        }
        return c != 0 ? c : a.type().compareTo(b.type());
    };

    private final Pattern pattern;
    private final Map<String, List<String>> roles = new TreeMap<>();
    private final Map<String, Object> attributes = new TreeMap<>();
    private final Set<Evidence> evidence = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();
    private int strength = 3;

    FindingBuilder(Pattern pattern) {
        this.pattern = pattern;
    }

    FindingBuilder role(String name, Collection<String> ids) {
        if (!Pattern.ROLES.contains(name)) {
            throw new IllegalArgumentException("unknown role " + name);
        }
        roles.put(name, ids.stream().distinct().sorted().toList());
        return this;
    }

    FindingBuilder attribute(String name, Object value) {
        attributes.put(name, value);
        return this;
    }

    FindingBuilder evidence(Collection<Evidence> items) {
        evidence.addAll(items);
        return this;
    }

    FindingBuilder evidence(Link... links) {
        for (Link link : links) {
            evidence.addAll(link.evidence());
        }
        return this;
    }

    FindingBuilder strength(int value) {
        strength = Math.max(1, Math.min(3, value));
        return this;
    }

    FindingBuilder note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
        return this;
    }

    FindingBuilder notes(Collection<String> all) {
        all.forEach(this::note);
        return this;
    }

    Finding build(String summary) {
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        for (String role : Pattern.ROLES) {
            if (roles.containsKey(role)) {
                ordered.put(role, roles.get(role));
            }
        }
        List<Evidence> sorted = new ArrayList<>(evidence);
        sorted.sort(FILE_ORDER);
        return new Finding(pattern, Collections.unmodifiableMap(ordered),
                Collections.unmodifiableMap(new TreeMap<>(attributes)), strength, List.copyOf(sorted), summary,
                List.copyOf(notes));
    }
}

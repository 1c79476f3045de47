package org.famstruct.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.famstruct.model.Family;
import org.famstruct.model.Relationship;

/**
 * What changed in a family's structure between two snapshots (CLI.md, {@code famstruct diff}):
 * members that came or went, relationships added, removed or changed (intensity, overtness),
 * findings that are gone, new or changed in strength, and the measures that moved. A finding
 * is "the same" in both snapshots when its pattern and its role lists are equal; a
 * relationship when its type and its members (and direction, for directed types) are.
 */
public record StructureDiff(
        List<String> membersAdded,
        List<String> membersRemoved,
        List<Relationship> relationshipsAdded,
        List<Relationship> relationshipsRemoved,
        List<RelationshipChange> relationshipsChanged,
        List<Finding> findingsNew,
        List<Finding> findingsGone,
        List<FindingChange> findingsChanged,
        Map<String, List<Object>> measuresChanged) {

    public record RelationshipChange(Relationship before, Relationship after) {}

    public record FindingChange(Finding before, Finding after) {}

    public boolean isEmpty() {
        return membersAdded.isEmpty() && membersRemoved.isEmpty() && relationshipsAdded.isEmpty()
                && relationshipsRemoved.isEmpty() && relationshipsChanged.isEmpty() && findingsNew.isEmpty()
                && findingsGone.isEmpty() && findingsChanged.isEmpty() && measuresChanged.isEmpty();
    }

    public static StructureDiff of(Analysis before, Analysis after) {
        Family b = before.graph().family();
        Family a = after.graph().family();
        List<String> added = a.members().keySet().stream().filter(id -> !b.members().containsKey(id)).toList();
        List<String> removed = b.members().keySet().stream().filter(id -> !a.members().containsKey(id)).toList();

        Map<String, Relationship> oldTies = byKey(b.relationships());
        Map<String, Relationship> newTies = byKey(a.relationships());
        List<Relationship> tiesAdded = new ArrayList<>();
        List<RelationshipChange> tiesChanged = new ArrayList<>();
        newTies.forEach((key, r) -> {
            Relationship old = oldTies.get(key);
            if (old == null) {
                tiesAdded.add(r);
            } else if (old.intensity() != r.intensity() || old.overt() != r.overt() || old.chronic() != r.chronic()) {
                tiesChanged.add(new RelationshipChange(old, r));
            }
        });
        List<Relationship> tiesRemoved = oldTies.entrySet().stream().filter(e -> !newTies.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();

        Map<String, Finding> oldFindings = findingsByKey(before.findings());
        Map<String, Finding> newFindings = findingsByKey(after.findings());
        List<Finding> found = new ArrayList<>();
        List<FindingChange> changed = new ArrayList<>();
        newFindings.forEach((key, f) -> {
            Finding old = oldFindings.get(key);
            if (old == null) {
                found.add(f);
            } else if (old.strength() != f.strength() || !old.attributes().equals(f.attributes())) {
                changed.add(new FindingChange(old, f));
            }
        });
        List<Finding> gone = oldFindings.entrySet().stream().filter(e -> !newFindings.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();

        return new StructureDiff(added, removed, tiesAdded, tiesRemoved, tiesChanged, found, gone, changed,
                measures(before.measures(), after.measures()));
    }

    private static String key(Relationship r) {
        boolean ordered = r.directed() || r.from().compareTo(r.to()) < 0;
        return r.type().id() + " " + (ordered ? r.from() + " " + r.to() : r.to() + " " + r.from());
    }

    private static Map<String, Relationship> byKey(List<Relationship> relationships) {
        Map<String, Relationship> map = new LinkedHashMap<>();
        relationships.forEach(r -> map.put(key(r), r));
        return map;
    }

    private static Map<String, Finding> findingsByKey(List<Finding> findings) {
        Map<String, Finding> map = new LinkedHashMap<>();
        findings.forEach(f -> map.put(f.pattern().id() + " " + f.roles(), f));
        return map;
    }

    /** Measure name to [before, after], for the measures whose value differs, counts included. */
    private static Map<String, List<Object>> measures(Measures before, Measures after) {
        Map<String, Number> old = before.named();
        Map<String, List<Object>> changed = new LinkedHashMap<>();
        after.named().forEach((name, value) -> {
            if (!Objects.equals(old.get(name), value)) {
                changed.put(name, java.util.Arrays.asList(old.get(name), value));
            }
        });
        return changed;
    }
}

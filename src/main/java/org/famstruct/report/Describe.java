package org.famstruct.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.famstruct.detect.Evidence;
import org.famstruct.detect.Finding;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Member;

/** Short human phrasings shared by the text and markdown reports. */
final class Describe {
    private Describe() {}

    /** "members: emily, tommy; against: mark". */
    static String roles(Finding finding) {
        return roles(finding.roles());
    }

    /** The same for any role map (a finding's or a coder's label). */
    static String roles(Map<String, List<String>> roles) {
        List<String> parts = new ArrayList<>();
        roles.forEach((role, ids) -> parts.add(role + ": " + String.join(", ", ids)));
        return String.join("; ", parts);
    }

    /** "perverse, initiator=son"; empty when there are none. */
    static String attributes(Finding finding) {
        List<String> parts = new ArrayList<>();
        finding.attributes().forEach((name, value) -> {
            if (Boolean.TRUE.equals(value)) {
                parts.add(name);
            } else if (!Boolean.FALSE.equals(value)) {
                parts.add(name + "=" + (value instanceof List<?> list
                        ? list.stream().map(Object::toString).collect(Collectors.joining(",")) : value));
            }
        });
        return String.join(", ", parts);
    }

    /** "line 14: close emily–tommy". */
    static String evidence(Evidence e) {
        String who = switch (e.kind()) {
            case "coalition" -> String.join(", ", e.members()) + " against " + String.join(", ", e.against());
            case "boundary" -> "around " + String.join(", ", e.members());
            default -> e.directed() ? e.members().get(0) + " -> " + e.members().get(1)
                    : e.members().get(0) + " - " + e.members().get(1);
        };
        String type = e.kind().equals("boundary") ? e.type() + " boundary" : e.type();
        return "line " + e.pos().line() + ": " + type + " " + who + (e.overt() ? "" : " (covert)");
    }

    /** Members grouped by generation, oldest first; undecided generations last, as "?". */
    static Map<String, List<String>> generations(FamilyGraph graph) {
        Map<Integer, List<String>> known = new TreeMap<>();
        List<String> unknown = new ArrayList<>();
        for (Member member : graph.family().members().values()) {
            String label = label(member);
            Integer generation = graph.generation(member.id());
            if (generation == null) {
                unknown.add(label);
            } else {
                known.computeIfAbsent(generation, g -> new ArrayList<>()).add(label);
            }
        }
        Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        known.forEach((g, names) -> rows.put(String.valueOf(g), names));
        if (!unknown.isEmpty()) {
            rows.put("?", unknown);
        }
        return rows;
    }

    /** "Tommy [IP]", "Greta [deceased]". */
    static String label(Member member) {
        List<String> marks = new ArrayList<>();
        if (member.identifiedPatient()) {
            marks.add("IP");
        }
        if (member.deceased()) {
            marks.add("deceased");
        }
        if (member.pet()) {
            marks.add("pet");
        }
        return member.name() + (marks.isEmpty() ? "" : " [" + String.join(", ", marks) + "]");
    }
}

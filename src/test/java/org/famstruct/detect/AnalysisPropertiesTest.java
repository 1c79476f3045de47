package org.famstruct.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.load.CaseLoader;
import org.famstruct.load.LoadResult;
import org.famstruct.model.Diagnostic;
import org.famstruct.model.Family;
import org.famstruct.model.Pattern;
import org.famstruct.testing.RandomFamilies;

/** Invariants of the analysis over random valid families. */
class AnalysisPropertiesTest {
    private static final Set<Pattern> WITHOUT_RELATIONSHIPS = Set.of(Pattern.COALITION,
            Pattern.CROSS_GENERATIONAL_COALITION, Pattern.HIERARCHY_REVERSAL, Pattern.ENMESHMENT,
            Pattern.DISENGAGEMENT);

    @Provide
    Arbitrary<String> families() {
        return Arbitraries.longs().map(RandomFamilies::yaml);
    }

    private static Family load(String yaml) {
        LoadResult result = new CaseLoader().load(new StringReader(yaml), "random.yaml", "random");
        assertTrue(result.ok(), () -> "the generator made an invalid case: " + result.diagnostics() + "\n" + yaml);
        return result.family();
    }

    private static FamilyGraph graph(Family family) {
        List<Diagnostic> problems = new ArrayList<>();
        FamilyGraph graph = FamilyGraph.build(family, problems);
        assertTrue(problems.stream().noneMatch(Diagnostic::isError), problems::toString);
        return graph;
    }

    private static Analysis analyze(Family family) {
        return new Analyzer().analyze(graph(family));
    }

    @Property(tries = 300)
    void analysisIsDeterministic(@ForAll("families") String yaml) {
        Analysis first = analyze(load(yaml));
        Analysis second = analyze(load(yaml));
        assertEquals(first.findings(), second.findings());
        assertEquals(first.measures(), second.measures());
    }

    @Property(tries = 300)
    void findingsAreWellFormed(@ForAll("families") String yaml) {
        Analysis analysis = analyze(load(yaml));
        List<Finding> findings = analysis.findings();
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(FindingOrder.REPORT);
        assertEquals(sorted, findings, "report order");
        for (Finding f : findings) {
            assertTrue(f.strength() >= 1 && f.strength() <= 3, f::toString);
            assertFalse(f.members().isEmpty(), f::toString);
            assertFalse(f.evidence().isEmpty(), f::toString);
            assertTrue(f.summary().endsWith("."), f::toString);
            for (List<String> ids : f.roles().values()) {
                assertEquals(ids.stream().distinct().sorted().toList(), ids, f::toString);
            }
            List<Evidence> evidence = new ArrayList<>(f.evidence());
            evidence.sort(FindingBuilder.FILE_ORDER);
            assertEquals(evidence, f.evidence(), "evidence in file order");
        }
        int total = analysis.measures().counts().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(findings.size(), total);
    }

    @Property(tries = 300)
    void noFindingNamesADeceasedMemberOrAPet(@ForAll("families") String yaml) {
        Family family = load(yaml);
        for (Finding f : analyze(family).findings()) {
            for (List<String> ids : f.roles().values()) {
                for (String id : ids) {
                    assertTrue(family.member(id).takesPart(), () -> id + " in " + f);
                }
            }
        }
    }

    @Property(tries = 300)
    void withoutRelationshipsOnlyBoundariesAndCodedCoalitionsRemain(@ForAll("families") String yaml) {
        Family f = load(yaml);
        Family bare = new Family(f.file(), f.name(), f.source(), f.notes(), f.date(), f.members(), f.unions(), List.of(),
                f.coalitions(), f.boundaries(), f.expected());
        for (Finding finding : analyze(bare).findings()) {
            assertTrue(WITHOUT_RELATIONSHIPS.contains(finding.pattern()), finding::toString);
            assertTrue(finding.evidence().stream().allMatch(e -> !e.kind().equals("relationship")),
                    finding::toString);
        }
    }

    /** One set of three members gets at most one triadic pattern; an alliance holds its triad alone. */
    @Property(tries = 300)
    void aTriadHasAtMostOneTriadicPattern(@ForAll("families") String yaml) {
        Map<String, String> owner = new HashMap<>();
        for (Finding f : analyze(load(yaml)).findings()) {
            String kind = switch (f.pattern()) {
                case COALITION, CROSS_GENERATIONAL_COALITION -> "coalition";
                case DETOURING_SUPPORTIVE, DETOURING_ATTACKING -> "detouring";
                case TRIANGULATION -> "triangulation";
                case CROSS_GENERATIONAL_ALLIANCE -> "alliance";
                default -> null;
            };
            if (kind == null) {
                continue;
            }
            for (String triad : triads(f)) {
                String before = owner.putIfAbsent(triad, kind);
                assertTrue(before == null || (before.equals(kind) && !kind.equals("alliance")),
                        () -> triad + ": " + before + " and " + f);
            }
        }
    }

    private static List<String> triads(Finding f) {
        List<String> triads = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        List<String> thirds;
        if (f.pattern() == Pattern.COALITION || f.pattern() == Pattern.CROSS_GENERATIONAL_COALITION) {
            for (int i = 0; i < f.members().size(); i++) {
                for (int j = i + 1; j < f.members().size(); j++) {
                    pairs.add(f.members().get(i) + " " + f.members().get(j));
                }
            }
            thirds = f.role("against");
        } else if (f.pattern() == Pattern.CROSS_GENERATIONAL_ALLIANCE) {
            pairs.add(String.join(" ", f.members()));
            thirds = f.role("excluded");
        } else {
            pairs.add(String.join(" ", f.role("between")));
            thirds = f.members();
        }
        for (String pair : pairs) {
            for (String third : thirds) {
                List<String> three = new ArrayList<>(List.of(pair.split(" ")));
                three.add(third);
                triads.add(String.join(" ", three.stream().sorted().toList()));
            }
        }
        return triads;
    }

    @Property(tries = 200)
    void everyFindingMatchesALabelMadeFromIt(@ForAll("families") String yaml) {
        for (Finding f : analyze(load(yaml)).findings()) {
            var label = new org.famstruct.model.ExpectedLabel(f.pattern(), false, f.roles(),
                    org.famstruct.model.SourcePos.unknown("x"));
            assertTrue(LabelMatcher.matches(label, f));
        }
    }
}

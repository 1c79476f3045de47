package org.famstruct.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.load.CaseLoader;
import org.famstruct.load.LoadResult;
import org.famstruct.model.Diagnostic;
import org.famstruct.model.Pattern;
import org.famstruct.testing.RandomFamilies;

/**
 * explain and analyze cannot drift apart: over random families, explain says "holds" (every
 * condition held) exactly when analyze reports a finding with the asked members in their roles,
 * and its finding is that finding.
 */
class ExplainPropertiesTest {
    /** How many members each pattern's query names in members, between, against. */
    private static final Map<Pattern, int[]> SHAPES = new EnumMap<>(Pattern.class);

    static {
        SHAPES.put(Pattern.TRIANGULATION, new int[] {1, 2, 0});
        SHAPES.put(Pattern.DETOURING_SUPPORTIVE, new int[] {1, 2, 0});
        SHAPES.put(Pattern.DETOURING_ATTACKING, new int[] {1, 2, 0});
        SHAPES.put(Pattern.COALITION, new int[] {2, 0, 1});
        SHAPES.put(Pattern.CROSS_GENERATIONAL_ALLIANCE, new int[] {2, 0, 0});
        SHAPES.put(Pattern.CROSS_GENERATIONAL_COALITION, new int[] {2, 0, 1});
        SHAPES.put(Pattern.PARENTIFICATION, new int[] {1, 0, 0});
        SHAPES.put(Pattern.HIERARCHY_REVERSAL, new int[] {1, 0, 0});
        SHAPES.put(Pattern.ALLIANCE, new int[] {2, 0, 0});
        SHAPES.put(Pattern.ENMESHMENT, new int[] {2, 0, 0});
        SHAPES.put(Pattern.DISENGAGEMENT, new int[] {2, 0, 0});
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    private static FamilyGraph graph(String yaml) {
        LoadResult result = new CaseLoader().load(new StringReader(yaml), "random.yaml", "random");
        assertTrue(result.ok(), () -> "the generator made an invalid case: " + result.diagnostics());
        List<Diagnostic> problems = new ArrayList<>();
        FamilyGraph graph = FamilyGraph.build(result.family(), problems);
        assertTrue(problems.stream().noneMatch(Diagnostic::isError), problems::toString);
        return graph;
    }

    private static ExplainQuery queryOf(Finding f) {
        return new ExplainQuery(f.roles().getOrDefault("members", List.of()),
                f.roles().getOrDefault("between", List.of()), f.roles().getOrDefault("against", List.of()));
    }

    /** Each asked role within the finding's. */
    private static boolean matches(Finding f, ExplainQuery q) {
        return f.roles().getOrDefault("members", List.of()).containsAll(q.members())
                && f.roles().getOrDefault("between", List.of()).containsAll(q.between())
                && f.roles().getOrDefault("against", List.of()).containsAll(q.against());
    }

    @Property(tries = 200)
    void everyReportedFindingIsExplainedAsHolding(@ForAll("seeds") long seed) {
        FamilyGraph graph = graph(RandomFamilies.yaml(seed));
        Analyzer analyzer = new Analyzer();
        List<Finding> findings = analyzer.analyze(graph).findings();
        for (Finding f : findings) {
            if (!SHAPES.containsKey(f.pattern())) {
                continue;
            }
            Explanation why = analyzer.explain(graph, f.pattern(), queryOf(f));
            assertTrue(why.holds(), () -> f + "\nexplained as\n" + why.steps());
            // Findings with the same pattern and roles (a coalition coded twice, two boundaries rated
            // around the same members, or one around a fused pair) answer the same query: explain
            // names one of them.
            List<Finding> alike = findings.stream()
                    .filter(g -> g.pattern() == f.pattern() && g.roles().equals(f.roles())).toList();
            if (alike.size() == 1) {
                assertEquals(f, why.finding());
            } else {
                assertTrue(alike.contains(why.finding()), () -> why.finding() + " is none of " + alike);
            }
        }
    }

    @Property(tries = 300)
    void explainHoldsExactlyWhenAnalyzeReports(@ForAll("seeds") long seed) {
        FamilyGraph graph = graph(RandomFamilies.yaml(seed));
        Analyzer analyzer = new Analyzer();
        List<Finding> findings = analyzer.analyze(graph).findings();
        List<String> ids = new ArrayList<>();
        graph.memberIds().forEach(ids::add);
        Random random = new Random(seed);
        for (Map.Entry<Pattern, int[]> shape : SHAPES.entrySet()) {
            int[] sizes = shape.getValue();
            if (ids.size() < sizes[0] + sizes[1] + sizes[2]) {
                continue;
            }
            for (int attempt = 0; attempt < 20; attempt++) {
                java.util.Collections.shuffle(ids, random);
                ExplainQuery query = new ExplainQuery(ids.subList(0, sizes[0]),
                        ids.subList(sizes[0], sizes[0] + sizes[1]),
                        ids.subList(sizes[0] + sizes[1], sizes[0] + sizes[1] + sizes[2]));
                assertAgrees(analyzer, graph, findings, shape.getKey(), query);
            }
        }
    }

    /** The boundary patterns are asked about with any number of members (a rated boundary's). */
    @Property(tries = 200)
    void boundaryPatternsAgreeForAnyNumberOfMembers(@ForAll("seeds") long seed) {
        FamilyGraph graph = graph(RandomFamilies.yaml(seed));
        Analyzer analyzer = new Analyzer();
        List<Finding> findings = analyzer.analyze(graph).findings();
        List<String> ids = new ArrayList<>();
        graph.memberIds().forEach(ids::add);
        Random random = new Random(seed);
        for (Pattern pattern : List.of(Pattern.ENMESHMENT, Pattern.DISENGAGEMENT)) {
            for (int attempt = 0; attempt < 20; attempt++) {
                java.util.Collections.shuffle(ids, random);
                int size = 1 + random.nextInt(Math.min(3, ids.size()));
                assertAgrees(analyzer, graph, findings, pattern,
                        new ExplainQuery(ids.subList(0, size), List.of(), List.of()));
            }
        }
    }

    private static void assertAgrees(Analyzer analyzer, FamilyGraph graph, List<Finding> findings, Pattern pattern,
            ExplainQuery query) {
        Explanation why = analyzer.explain(graph, pattern, query);
        boolean reported = findings.stream().anyMatch(f -> f.pattern() == pattern && matches(f, query));
        assertEquals(reported, why.holds(), () -> pattern + " " + query + "\n" + why.steps());
        if (why.holds()) {
            assertNotNull(why.finding());
            assertTrue(findings.contains(why.finding()), () -> why.finding().toString());
        }
    }
}

package org.famstruct.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.famstruct.detect.Analyzer;
import org.famstruct.detect.ExplainQuery;
import org.famstruct.detect.Explanation;
import org.famstruct.detect.Finding;
import org.famstruct.detect.Rules;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.load.Suggest;
import org.famstruct.model.Member;
import org.famstruct.model.Pattern;
import org.famstruct.pipeline.CaseChecker;
import org.famstruct.pipeline.CaseInputs;
import org.famstruct.pipeline.CheckedCase;
import org.famstruct.report.ExplanationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Why a pattern holds or not for some members of one case: each condition of its rule, held "
                + "or not, with the lines it rests on.",
                "", "Each condition is shown held (✔) or not (✘), then the first that failed, the notes and what "
                + "analyze reports. The code that decides for analyze explains, so the two always agree."},
        footer = {"", "What to name, by pattern (members by id, or by name when it is unique):",
                "  triangulation, detouring-*      --members C --between A,B",
                "  coalition, cross-generational-coalition   --members A,B[,...] --against C",
                "  cross-generational-alliance, alliance, enmeshment, disengagement   --members A,B",
                "  parentification, hierarchy-reversal        --members C",
                "", "Examples:",
                "  famstruct explain examples/go-between-child.yaml triangulation --members emma --between julie,shirley",
                "  famstruct explain case.yaml coalition --members mother,son --against father --format json",
                "", "Exit: 0 explained (whether the pattern holds or not: see 'holds'), 1 invalid input, 2 usage "
                + "error."})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The case file, or - for stdin.")
    String file;

    @Parameters(index = "1", paramLabel = "PATTERN", completionCandidates = PatternSelection.Ids.class,
            description = "The pattern id (famstruct patterns lists them).")
    String patternId;

    @Option(names = "--members", paramLabel = "ID[,ID...]", split = ",", hideParamSyntax = true,
            description = "The members of the finding (the member drawn in, the child, the coalition...).")
    List<String> members = new ArrayList<>();

    @Option(names = "--between", paramLabel = "ID[,ID...]", split = ",", hideParamSyntax = true,
            description = "The two members a triangulation or detouring is between.")
    List<String> between = new ArrayList<>();

    @Option(names = "--against", paramLabel = "ID[,ID...]", split = ",", hideParamSyntax = true,
            description = "The target of a coalition.")
    List<String> against = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json.")
    ExplanationReport.Format format;

    @Mixin
    RulesOption rulesOption;

    @Mixin
    LoadOptions load;

    private final Streams io;

    ExplainCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        Pattern pattern = PatternSelection.check(List.of(patternId.toLowerCase(Locale.ROOT)), "PATTERN",
                spec.commandLine()).get(0);
        Rules rules = rulesOption.rules(io);
        if (rules == null) {
            return ExitCode.INVALID_INPUT.code;
        }
        if (!file.equals("-") && Files.isDirectory(Path.of(file))) {
            throw new ParameterException(spec.commandLine(), "explain reads one case file, not a directory");
        }
        CaseInputs.Expanded expanded = CaseInputs.expand(List.of(file));
        expanded.problems().forEach(io::report);
        if (expanded.inputs().isEmpty()) {
            return ExitCode.INVALID_INPUT.code; // not there, or unreadable: said above at its path
        }
        CheckedCase checked = new CaseChecker(load.limits(), load.strict, io.in()).check(expanded.inputs().get(0));
        checked.diagnostics().forEach(io::report);
        if (!checked.ok()) {
            return ExitCode.INVALID_INPUT.code;
        }
        FamilyGraph graph = checked.graph();
        ExplainQuery query = new ExplainQuery(resolve(graph, members, "--members"),
                resolve(graph, between, "--between"), resolve(graph, against, "--against"));
        Explanation explanation;
        try {
            explanation = new Analyzer(rules, EnumSet.of(pattern)).explain(graph, pattern, query);
        } catch (ExplainQuery.Incomplete e) {
            throw new ParameterException(spec.commandLine(), e.getMessage() + reported(graph, pattern, rules, query));
        }
        io.out().flush();
        ExplanationReport.write(format, file, explanation, io.rawOut());
        io.rawOut().flush();
        return ExitCode.OK.code;
    }

    /**
     * For a query short of roles: the findings of the pattern that involve the members named,
     * each with the options that explain it, so the user can pick one.
     */
    private static String reported(FamilyGraph graph, Pattern pattern, Rules rules, ExplainQuery query) {
        List<String> named = new ArrayList<>(query.members());
        named.addAll(query.between());
        named.addAll(query.against());
        List<String> found = new ArrayList<>();
        for (Finding f : new Analyzer(rules, EnumSet.of(pattern)).analyze(graph).findings()) {
            List<String> involved = f.roles().values().stream().flatMap(List::stream).toList();
            if (involved.containsAll(named)) {
                StringBuilder options = new StringBuilder();
                for (String role : List.of("members", "between", "against")) {
                    if (f.roles().containsKey(role)) {
                        options.append(" --").append(role).append(' ').append(String.join(",", f.roles().get(role)));
                    }
                }
                found.add(f.summary() + " (" + options.toString().strip() + ")");
            }
        }
        return found.isEmpty() ? "" : "; analyze reports " + (found.size() == 1 ? "" : found.size() + ": ")
                + String.join("; ", found.subList(0, Math.min(found.size(), 5))) + (found.size() > 5 ? "; ..." : "");
    }

    /** Member ids as given, or the ids of members whose name is the one given (case aside) when only one has it. */
    private List<String> resolve(FamilyGraph graph, List<String> given, String option) {
        List<String> ids = new ArrayList<>();
        for (String word : given) {
            String w = word.strip();
            if (graph.family().members().containsKey(w)) {
                ids.add(w);
                continue;
            }
            List<String> named = graph.family().members().values().stream()
                    .filter(m -> m.name().equalsIgnoreCase(w)).map(Member::id).toList();
            if (named.size() != 1) {
                throw new ParameterException(spec.commandLine(), option + ": " + (named.isEmpty()
                        ? "no member '" + w + "' in " + file + Suggest.hint(w, graph.family().members().keySet())
                        : "several members are named '" + w + "' (" + String.join(", ", named) + "): give an id"));
            }
            ids.add(named.get(0));
        }
        if (ids.stream().distinct().count() < ids.size()) {
            throw new ParameterException(spec.commandLine(), option + ": a member is named twice");
        }
        return ids;
    }
}

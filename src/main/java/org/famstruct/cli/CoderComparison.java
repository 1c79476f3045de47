package org.famstruct.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.famstruct.compare.CoderAgreement;
import org.famstruct.detect.Analyzer;
import org.famstruct.model.Pattern;
import org.famstruct.pipeline.CaseChecker;
import org.famstruct.pipeline.CaseInput;
import org.famstruct.pipeline.CaseInputs;
import org.famstruct.pipeline.CheckedCase;
import org.famstruct.pipeline.FileFailures;
import org.famstruct.pipeline.OrderedParallel;
import org.famstruct.report.AgreementReport;
import org.famstruct.report.CoderReport;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code agree --coders DIR_A DIR_B...}: each directory holds one coder's files; a file is the same
 * vignette in every directory when its path inside the directory is the same. A file missing from
 * some coder is reported and left out, as is a file invalid in any coder's version (its errors reported).
 */
final class CoderComparison {
    private final CommandSpec spec;
    private final Streams io;
    private final CaseChecker checker;
    private final Analyzer analyzer;
    private final int jobs;

    /** One file in every coder's version; codings are null when some version is invalid. */
    private record Vignette(String name, List<CheckedCase> checked, List<CoderAgreement.Coding> codings) {}

    CoderComparison(CommandSpec spec, Streams io, CaseChecker checker, Analyzer analyzer, int jobs) {
        this.spec = spec;
        this.io = io;
        this.checker = checker;
        this.analyzer = analyzer;
        this.jobs = jobs;
    }

    int run(List<String> dirs, List<Pattern> patterns, AgreementReport.Format format, AgreementReport.Per per, Path output)
            throws IOException {
        if (dirs.size() < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--coders needs two or more coders' directories");
        }
        List<Map<String, CaseInput>> perCoder = new ArrayList<>();
        List<Path> allInputs = new ArrayList<>();
        for (String dir : dirs) {
            Path root = Path.of(dir);
            if (!Files.isDirectory(root)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--coders: not a directory: " + dir);
            }
            CaseInputs.Expanded expanded = CaseArgs.expand(List.of(dir), spec, io);
            Map<String, CaseInput> byName = new LinkedHashMap<>();
            expanded.inputs().forEach(input -> byName.put(root.relativize(input.path()).toString(), input));
            expanded.inputs().forEach(input -> allInputs.add(input.path()));
            perCoder.add(byName);
        }
        List<String> names = coderNames(dirs);
        TreeSet<String> files = new TreeSet<>();
        perCoder.forEach(m -> files.addAll(m.keySet()));
        List<String> complete = new ArrayList<>();
        for (String file : files) {
            List<String> without = new ArrayList<>();
            for (int c = 0; c < names.size(); c++) {
                if (!perCoder.get(c).containsKey(file)) {
                    without.add(names.get(c));
                }
            }
            if (without.isEmpty()) {
                complete.add(file);
            } else {
                io.error(file + ": missing from coder " + String.join(", ", without) + "; left out");
            }
        }
        CoderAgreement agreement = new CoderAgreement(names, patterns);
        int[] counts = new int[2];
        ReportOutput.write(io, output, allInputs, out -> {
            OrderedParallel.run(complete, jobs, file -> vignette(file, perCoder), vignette -> {
                vignette.checked().forEach(c -> c.diagnostics().forEach(io::report));
                if (vignette.codings() == null) {
                    counts[1]++;
                    return;
                }
                counts[0]++;
                agreement.add(vignette.name(), vignette.codings());
            });
            if (per == AgreementReport.Per.FILE) {
                CoderReport.writeDifferences(format, agreement, out);
            } else {
                CoderReport.write(format, agreement, counts[0], out);
            }
        });
        return counts[1] > 0 ? ExitCode.INVALID_INPUT.code : ExitCode.OK.code;
    }

    private Vignette vignette(String file, List<Map<String, CaseInput>> perCoder) {
        List<CheckedCase> checked = new ArrayList<>();
        List<CoderAgreement.Coding> codings = new ArrayList<>();
        for (Map<String, CaseInput> coder : perCoder) {
            CaseInput input = coder.get(file);
            CheckedCase one = FileFailures.guard(input, () -> checker.check(input),
                    failure -> new CheckedCase(input, null, List.of(failure)));
            checked.add(one);
            if (one.ok()) {
                codings.add(new CoderAgreement.Coding(one.graph().family(), analyzer.analyze(one.graph()).findings()));
            }
        }
        return new Vignette(file, checked, codings.size() == perCoder.size() ? codings : null);
    }

    /** Each coder by the last part of its directory; by the whole argument when two directories end alike. */
    private static List<String> coderNames(List<String> dirs) {
        List<String> last = dirs.stream().map(d -> {
            Path name = Path.of(d).toAbsolutePath().normalize().getFileName();
            return name == null ? d : name.toString();
        }).toList();
        Set<String> seen = new HashSet<>();
        boolean unique = last.stream().allMatch(seen::add);
        return unique ? last : dirs;
    }
}

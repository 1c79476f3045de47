package org.famstruct.report;

import java.util.List;
import org.famstruct.detect.Rules;
import org.famstruct.model.Pattern;

/**
 * What a report needs besides the families: the rules in force, the patterns reported (their
 * columns, in catalog order), colour for the text report, and the CSV shape.
 */
public record ReportSettings(Rules rules, List<Pattern> patterns, boolean color, boolean perFinding) {}

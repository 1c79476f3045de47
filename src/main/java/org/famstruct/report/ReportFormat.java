package org.famstruct.report;

import java.util.Locale;

/** The formats of {@code analyze}. Named in lower case, as users type them and completion offers them. */
public enum ReportFormat {
    TEXT, JSON, JSONL, CSV, TSV, MARKDOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What picocli matches and lists in the help and in shell completion. */
    @Override
    public String toString() {
        return id();
    }
}

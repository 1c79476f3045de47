package org.famstruct.report;

import java.io.IOException;

/**
 * One output format of {@code analyze}. Families arrive one at a time, in input order, so a
 * writer can stream (jsonl, csv) and memory does not grow with the number of files.
 */
public interface ReportWriter {

    default void begin() throws IOException {}

    void family(FamilyResult result) throws IOException;

    default void end() throws IOException {}
}

package org.famstruct.model;

import java.util.List;
import java.util.Map;

/**
 * A coder's label for agreement scoring: a pattern said to be present with the members in
 * each role (role name to sorted ids; an absent role matches anything), or said to be absent.
 */
public record ExpectedLabel(Pattern pattern, boolean absent, Map<String, List<String>> roles, SourcePos pos) {}

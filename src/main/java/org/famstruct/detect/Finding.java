package org.famstruct.detect;

import java.util.List;
import java.util.Map;
import org.famstruct.model.Pattern;

/**
 * One detected pattern. {@code roles} maps role names (members, against, between, excluded,
 * toward: the table in CLI.md) to sorted member ids, in that role order. {@code attributes} are
 * sorted by name; values are Boolean, Integer, String or List of String. {@code evidence} is in
 * file order. {@code notes} say what could not be decided (an unknown generation...).
 */
public record Finding(Pattern pattern, Map<String, List<String>> roles, Map<String, Object> attributes, int strength,
        List<Evidence> evidence, String summary, List<String> notes) {

    public List<String> members() {
        return roles.getOrDefault("members", List.of());
    }

    /** Whether this is a problem or a strength (PATTERNS.md: every pattern has a kind). */
    public Pattern.Kind kind() {
        return pattern.kind();
    }

    public List<String> role(String name) {
        return roles.getOrDefault(name, List.of());
    }
}

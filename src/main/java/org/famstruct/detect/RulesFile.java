package org.famstruct.detect;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.famstruct.load.Suggest;
import org.famstruct.model.Diagnostic;
import org.famstruct.model.RelationshipType;
import org.famstruct.model.SourcePos;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The rules file of {@code --rules FILE}: a YAML map of the {@link Rules} values, any key left
 * out keeping its default, keys starting with {@code x-} ignored (extension data, as in the case
 * format). {@link #write} prints rules in the same format, a comment above each key
 * ({@code famstruct patterns --defaults}), so the printed defaults are a valid rules file.
 * Reading is strict like the case format: an unknown key, a wrong type or an out-of-range value
 * is an error at its {@code file:line:col}, and every error is reported, not just the first.
 */
public final class RulesFile {
    public static final String MINOR_AGE_BELOW = "minor_age_below";
    public static final String ALLIANCE_MIN_BOND = "alliance_min_bond";
    public static final String TRIANGULATION_REQUIRES_ACT = "triangulation_requires_act";
    public static final String OVER_INVOLVEMENT_BONUS = "over_involvement_bonus";
    public static final String MIN_STRENGTH = "min_strength";
    public static final String DETOURING_SUPPORTIVE_TYPES = "detouring_supportive_types";
    public static final String DETOURING_ATTACKING_TYPES = "detouring_attacking_types";

    /** Every key, in file order, with the comment {@link #write} puts above it. */
    public static final Map<String, String> KEYS;

    static {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put(MINOR_AGE_BELOW, "minor(x): a member with no known age, or an age under this (0..131), counts as a minor "
                + "(parentification, hierarchy-reversal); a role that began before this age counts as childhood.");
        keys.put(ALLIANCE_MIN_BOND, "alliance: the least bond(a,b); cross-generational-alliance: the least bond_from(p,c); "
                + "-3..3.");
        keys.put(TRIANGULATION_REQUIRES_ACT, "triangulation: one of the two in tension must draw the third in by an act "
                + "(recruits, confides-in, overprotects, focused-on, or the third is its go-between); false: closeness "
                + "to both suffices.");
        keys.put(OVER_INVOLVEMENT_BONUS, "bond(): what fused, overprotects, caretakes and confides-in add to their "
                + "intensity, 0..3.");
        keys.put(MIN_STRENGTH, "findings weaker than this strength, 1..3, are neither reported nor counted.");
        keys.put(DETOURING_SUPPORTIVE_TYPES, "detouring-supportive: relationship types from each parent toward the "
                + "child that count as supportive focus.");
        keys.put(DETOURING_ATTACKING_TYPES, "detouring-attacking: relationship types from each parent toward the "
                + "child that count as attacking focus.");
        KEYS = Collections.unmodifiableMap(keys);
    }

    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]{1,9}");
    private static final int MAX_CODE_POINTS = 1 << 20;

    private RulesFile() {}

    /** Reads a rules file; a missing or unreadable file is one error. */
    public static RulesResult read(Path path) {
        String file = path.toString();
        try (Reader reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            return read(reader, file);
        } catch (NoSuchFileException e) {
            return failed(SourcePos.unknown(file), "no such rules file");
        } catch (IOException e) {
            return failed(SourcePos.unknown(file), "cannot read the rules file: " + e.getMessage());
        }
    }

    /** Reads rules from YAML text; {@code file} names it in messages. */
    public static RulesResult read(String text, String file) {
        return read(new StringReader(text), file);
    }

    public static RulesResult read(Reader reader, String file) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setUseMarks(true)
                .setAllowDuplicateKeys(false)
                .setCodePointLimit(MAX_CODE_POINTS)
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeReader(reader);
        } catch (MarkedYamlEngineException e) {
            return failed(pos(file, e.getProblemMark().or(e::getContextMark)), "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            return failed(new SourcePos(file, 1, 1), "not valid YAML: " + e.getMessage());
        }
        return new Reading(file).rules(root.orElse(null));
    }

    private static RulesResult failed(SourcePos pos, String message) {
        return new RulesResult(null, List.of(Diagnostic.error(pos, message)));
    }

    private static SourcePos pos(String file, Optional<Mark> mark) {
        return mark.map(m -> new SourcePos(file, m.getLine() + 1, m.getColumn() + 1)).orElse(new SourcePos(file, 1, 1));
    }

    /** The values of {@code rules} by key, in file order: for reports that show the rules in force. */
    public static Map<String, Object> values(Rules rules) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(MINOR_AGE_BELOW, rules.minorAgeBelow());
        values.put(ALLIANCE_MIN_BOND, rules.allianceMinBond());
        values.put(TRIANGULATION_REQUIRES_ACT, rules.triangulationRequiresAct());
        values.put(OVER_INVOLVEMENT_BONUS, rules.overInvolvementBonus());
        values.put(MIN_STRENGTH, rules.minStrength());
        values.put(DETOURING_SUPPORTIVE_TYPES, rules.detouringSupportiveTypes());
        values.put(DETOURING_ATTACKING_TYPES, rules.detouringAttackingTypes());
        return Collections.unmodifiableMap(values);
    }

    /** {@code rules} as a rules file, a comment above each key; reading it back gives {@code rules}. */
    public static String write(Rules rules) {
        StringBuilder out = new StringBuilder();
        out.append("# famstruct rules: the thresholds and vocabulary of the pattern catalog.\n");
        out.append("# Use with: famstruct analyze --rules FILE. A key left out keeps its default.\n");
        for (Map.Entry<String, Object> entry : values(rules).entrySet()) {
            out.append('\n');
            comment(KEYS.get(entry.getKey()), out);
            out.append(entry.getKey()).append(": ");
            if (entry.getValue() instanceof List<?> list) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ", ").append(list.get(i));
                }
                out.append(']');
            } else {
                out.append(entry.getValue());
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A comment, wrapped at about 100 columns. */
    private static void comment(String text, StringBuilder out) {
        StringBuilder line = new StringBuilder("#");
        for (String word : text.split(" ")) {
            if (line.length() + 1 + word.length() > 100) {
                out.append(line).append('\n');
                line = new StringBuilder("#");
            }
            line.append(' ').append(word);
        }
        out.append(line).append('\n');
    }

    /** The state of reading one file: its name and the errors so far. */
    private static final class Reading {
        private final String file;
        private final List<Diagnostic> errors = new ArrayList<>();

        Reading(String file) {
            this.file = file;
        }

        RulesResult rules(Node root) {
            Rules d = Rules.DEFAULTS;
            if (root == null || root instanceof ScalarNode s && isNull(s)) {
                return new RulesResult(d, List.of()); // an empty file changes nothing
            }
            if (!(root instanceof MappingNode map)) {
                error(root, "a rules file is a map of keys (" + String.join(", ", KEYS.keySet()) + "), not "
                        + describe(root));
                return new RulesResult(null, List.copyOf(errors));
            }
            Map<String, Node> values = new HashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode key) || !keyNode.isResolved()) {
                    error(keyNode, "a rules key must be a plain name");
                    continue;
                }
                if (key.getValue().startsWith("x-")) {
                    continue;
                }
                if (!KEYS.containsKey(key.getValue())) {
                    error(keyNode, "unknown rules key '" + key.getValue() + "'" + suggestion(key.getValue()));
                } else if (values.putIfAbsent(key.getValue(), tuple.getValueNode()) != null) {
                    error(keyNode, "duplicate rules key '" + key.getValue() + "'");
                }
            }
            int minorAgeBelow = integer(values, MINOR_AGE_BELOW, d.minorAgeBelow(), 0, 131);
            int allianceMinBond = integer(values, ALLIANCE_MIN_BOND, d.allianceMinBond(), -3, 3);
            boolean requiresRecruit = bool(values, TRIANGULATION_REQUIRES_ACT, d.triangulationRequiresAct());
            int bonus = integer(values, OVER_INVOLVEMENT_BONUS, d.overInvolvementBonus(), 0, 3);
            int minStrength = integer(values, MIN_STRENGTH, d.minStrength(), 1, 3);
            List<String> supportive = types(values, DETOURING_SUPPORTIVE_TYPES, d.detouringSupportiveTypes());
            List<String> attacking = types(values, DETOURING_ATTACKING_TYPES, d.detouringAttackingTypes());
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparingInt((Diagnostic e) -> e.pos().line())
                        .thenComparingInt(e -> e.pos().column()));
                return new RulesResult(null, List.copyOf(errors));
            }
            return new RulesResult(new Rules(minorAgeBelow, allianceMinBond, requiresRecruit, bonus, minStrength,
                    supportive, attacking), List.of());
        }

        private int integer(Map<String, Node> values, String key, int fallback, int min, int max) {
            Node node = values.get(key);
            if (node == null) {
                return fallback;
            }
            if (!(node instanceof ScalarNode s) || !s.isPlain() || !node.isResolved()
                    || !INTEGER.matcher(s.getValue()).matches()) {
                error(node, "'" + key + "' must be an integer from " + min + " to " + max + ", not " + describe(node));
                return fallback;
            }
            int value = Integer.parseInt(s.getValue());
            if (value < min || value > max) {
                error(node, "'" + key + "' must be from " + min + " to " + max + ", not " + value);
                return fallback;
            }
            return value;
        }

        private boolean bool(Map<String, Node> values, String key, boolean fallback) {
            Node node = values.get(key);
            if (node == null) {
                return fallback;
            }
            if (node instanceof ScalarNode s && s.isPlain() && node.isResolved()) {
                switch (s.getValue()) {
                    case "true", "True", "TRUE":
                        return true;
                    case "false", "False", "FALSE":
                        return false;
                    default:
                        break;
                }
            }
            error(node, "'" + key + "' must be true or false, not " + describe(node));
            return fallback;
        }

        private List<String> types(Map<String, Node> values, String key, List<String> fallback) {
            Node node = values.get(key);
            if (node == null) {
                return fallback;
            }
            if (!(node instanceof SequenceNode seq) || !node.isResolved()) {
                error(node, "'" + key + "' must be a list of relationship types, not " + describe(node));
                return fallback;
            }
            List<String> ids = new ArrayList<>();
            for (Node item : seq.getValue()) {
                Optional<RelationshipType> type = item instanceof ScalarNode s && item.isResolved()
                        ? RelationshipType.byName(s.getValue()) : Optional.empty();
                if (type.isEmpty()) {
                    String name = item instanceof ScalarNode s ? s.getValue() : "";
                    error(item, "'" + key + "': unknown relationship type " + describe(item)
                            + Suggest.hint(name, RelationshipType.allNames()));
                } else if (!ids.contains(type.get().id())) {
                    ids.add(type.get().id());
                }
            }
            return ids;
        }

        private void error(Node node, String message) {
            errors.add(Diagnostic.error(pos(file, node.getStartMark()), message));
        }

        private static String suggestion(String key) {
            return Suggest.hint(key, KEYS.keySet());
        }

        private static boolean isNull(ScalarNode s) {
            return s.isPlain() && (s.getValue().isEmpty() || s.getValue().equals("~") || s.getValue().equals("null"));
        }

        private static String describe(Node node) {
            if (node instanceof ScalarNode s) {
                return isNull(s) ? "nothing" : "'" + s.getValue() + "'";
            }
            return node instanceof SequenceNode ? "a list" : node instanceof MappingNode ? "a map" : "this value";
        }
    }
}

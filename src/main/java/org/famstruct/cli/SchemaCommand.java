package org.famstruct.cli;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import org.famstruct.model.Pattern;
import org.famstruct.model.Vocabulary;
import picocli.CommandLine.Command;

@Command(name = "schema", mixinStandardHelpOptions = true, description = "Print the JSON Schema of the case format (for editors: "
        + "# yaml-language-server: $schema=famstruct.schema.json).",
        footer = {"", "Example:", "  famstruct schema > famstruct.schema.json"})
final class SchemaCommand implements Callable<Integer> {
    /** The schema's structure; each {@code "@vocabulary:NAME"} in it stands for a word list of {@link Vocabulary}. */
    static final String RESOURCE = "/org/famstruct/famstruct.schema.json";

    /** The word lists the loader checks, by the name the template uses; case-insensitive unless said. */
    private static final Map<String, List<String>> LISTS = Map.of(
            "genders", Vocabulary.GENDERS,
            "union-statuses", Vocabulary.UNION_STATUSES,
            "child-kinds", Vocabulary.CHILD_KINDS,
            "intensity-words", Vocabulary.INTENSITY_WORDS,
            "abuse-kinds", Vocabulary.ABUSE_KINDS,
            "boundary-types", Vocabulary.BOUNDARY_TYPES,
            "relationship-types", Vocabulary.RELATIONSHIP_TYPES,
            "pattern-ids", Pattern.IDS);

    private final Streams io;

    SchemaCommand(Streams io) {
        this.io = io;
    }

    static String schema() throws IOException {
        String template = Resources.text(RESOURCE);
        Matcher m = java.util.regex.Pattern.compile("\"@vocabulary:([a-z-]+)\"").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(words(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The enum editors complete from, and a pattern that also takes the case (and, for
     * relationship types, the {@code _}) the loader forgives. Pattern ids are read exactly.
     */
    private static String words(String list) {
        List<String> words = LISTS.get(list);
        if (words == null) {
            throw new IllegalStateException("unknown vocabulary " + list + " in " + RESOURCE);
        }
        String names = String.join(", ", words.stream().map(SchemaCommand::quoted).toList());
        if (list.equals("pattern-ids")) {
            return "{\"enum\": [" + names + "]}";
        }
        StringBuilder pattern = new StringBuilder("^(?:");
        for (int i = 0; i < words.size(); i++) {
            pattern.append(i == 0 ? "" : "|").append(caseless(words.get(i), list.equals("relationship-types")));
        }
        pattern.append(")$");
        return "{\"anyOf\": [{\"enum\": [" + names + "]}, {\"type\": \"string\", \"pattern\": "
                + quoted(pattern.toString()) + "}]}";
    }

    private static String caseless(String word, boolean underscores) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                regex.append('[').append(Character.toUpperCase(c)).append(Character.toLowerCase(c)).append(']');
            } else if (c == '-' && underscores) {
                regex.append("[-_]");
            } else if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
                regex.append('\\').append(c);
            } else {
                regex.append(c);
            }
        }
        return regex.toString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public Integer call() throws IOException {
        io.out().print(schema());
        io.out().flush();
        return ExitCode.OK.code;
    }
}

package org.famstruct.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.famstruct.load.Suggest;
import org.famstruct.model.Pattern;
import picocli.CommandLine;

/** Turns {@code --patterns} / {@code --exclude} / {@code --fail-on} lists into patterns, refusing unknown ids. */
final class PatternSelection {
    private PatternSelection() {}

    /** The pattern ids, for shell completion of --patterns, --exclude and the like. */
    static final class Ids implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Pattern.IDS.iterator();
        }
    }

    /** The pattern ids and {@code any}, for --fail-on. */
    static final class IdsOrAny implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> all = new ArrayList<>(Pattern.IDS);
            all.add("any");
            return all.iterator();
        }
    }

    /** The selected patterns in catalog order. */
    static List<Pattern> select(List<String> include, List<String> exclude, CommandLine cmd) {
        Set<Pattern> chosen = include == null || include.isEmpty() ? EnumSet.allOf(Pattern.class)
                : EnumSet.copyOf(check(include, "--patterns", cmd));
        if (exclude != null) {
            chosen.removeAll(check(exclude, "--exclude", cmd));
        }
        return new ArrayList<>(chosen); // an EnumSet iterates in catalog order
    }

    /** The patterns named, in the order given; an unknown id is a usage error. */
    static List<Pattern> check(List<String> ids, String option, CommandLine cmd) {
        List<Pattern> patterns = new ArrayList<>();
        for (String id : ids) {
            patterns.add(Pattern.byId(id).orElseThrow(() -> new CommandLine.ParameterException(cmd, option
                    + ": unknown pattern '" + id + "'" + Suggest.hint(id, Pattern.IDS) + "; known: "
                    + String.join(", ", Pattern.IDS))));
        }
        return patterns;
    }
}

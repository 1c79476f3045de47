package org.famstruct.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.famstruct.load.Suggest;
import org.famstruct.model.PatternIds;
import picocli.CommandLine;

/** Turns {@code --patterns} / {@code --exclude} / {@code --fail-on} lists into pattern ids, refusing unknown ones. */
final class PatternSelection {
    private PatternSelection() {}

    /** The pattern ids, for shell completion of --patterns, --exclude and the like. */
    static final class Ids implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return PatternIds.ALL.iterator();
        }
    }

    /** The pattern ids and {@code any}, for --fail-on. */
    static final class IdsOrAny implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> all = new ArrayList<>(PatternIds.ALL);
            all.add("any");
            return all.iterator();
        }
    }

    /** The selected ids in catalog order. */
    static List<String> select(List<String> include, List<String> exclude, CommandLine cmd) {
        Set<String> chosen = new LinkedHashSet<>(include == null || include.isEmpty() ? PatternIds.ALL
                : check(include, "--patterns", cmd));
        if (exclude != null) {
            chosen.removeAll(check(exclude, "--exclude", cmd));
        }
        List<String> ordered = new ArrayList<>();
        for (String id : PatternIds.ALL) {
            if (chosen.contains(id)) {
                ordered.add(id);
            }
        }
        return ordered;
    }

    static List<String> check(List<String> ids, String option, CommandLine cmd) {
        for (String id : ids) {
            if (!PatternIds.ALL.contains(id)) {
                throw new CommandLine.ParameterException(cmd, option + ": unknown pattern '" + id + "'"
                        + Suggest.hint(id, PatternIds.ALL) + "; known: " + String.join(", ", PatternIds.ALL));
            }
        }
        return ids;
    }
}

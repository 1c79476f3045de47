package org.famstruct.detect;

import java.util.List;
import org.famstruct.model.Pattern;

/**
 * What {@code famstruct explain} asks about: the members of each role of one candidate finding
 * ({@code --members}, {@code --between}, {@code --against}), as member ids. Each detector says
 * which roles it needs ({@link #need}); the roles it computes itself (who is excluded, toward
 * whom) are not asked.
 */
public record ExplainQuery(List<String> members, List<String> between, List<String> against) {

    public ExplainQuery {
        members = List.copyOf(members);
        between = List.copyOf(between);
        against = List.copyOf(against);
    }

    /** The query does not name the candidate the pattern needs; the message says what to give. */
    public static final class Incomplete extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Incomplete(String message) {
            super(message);
        }
    }

    /**
     * Checks the roles' sizes ({@code -1}: at least one, {@code 0}: none) and throws
     * {@link Incomplete} naming the pattern's usage otherwise.
     */
    void need(Pattern pattern, int members, int between, int against, String usage) {
        if (!fits(this.members, members) || !fits(this.between, between) || !fits(this.against, against)) {
            throw new Incomplete(pattern.id() + " is explained for " + usage);
        }
    }

    private static boolean fits(List<String> ids, int wanted) {
        return wanted < 0 ? !ids.isEmpty() : ids.size() == wanted;
    }
}

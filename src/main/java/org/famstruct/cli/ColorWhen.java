package org.famstruct.cli;

import java.util.Locale;
import java.util.Map;

/**
 * {@code --color WHEN}. {@code auto} colours only a terminal, and not when NO_COLOR is set to
 * a non-empty value (no-color.org: an empty NO_COLOR= means unset). An explicit {@code
 * always} or {@code never} is the user's own choice for this command and wins over NO_COLOR,
 * as no-color.org asks of command-line flags.
 */
enum ColorWhen {
    AUTO, ALWAYS, NEVER;

    boolean colour(boolean terminal, Map<String, String> env) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> terminal && noColorUnset(env);
        };
    }

    private static boolean noColorUnset(Map<String, String> env) {
        String value = env.get("NO_COLOR");
        return value == null || value.isEmpty();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

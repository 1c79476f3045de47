package org.famstruct.model;

import java.util.Locale;
import java.util.Optional;

public enum Gender {
    MALE, FEMALE, NONBINARY, UNKNOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts the canonical names and the aliases of FORMAT.md (m, f, man, woman, x, ?). */
    public static Optional<Gender> parse(String text) {
        return Optional.ofNullable(switch (text.toLowerCase(Locale.ROOT)) {
            case "male", "m", "man" -> MALE;
            case "female", "f", "woman" -> FEMALE;
            case "nonbinary", "x" -> NONBINARY;
            case "unknown", "?" -> UNKNOWN;
            default -> null;
        });
    }
}

package org.famstruct.map;

import java.util.Locale;

/** The two kinds of map: Minuchin's structural map and the McGoldrick–Gerson–Petry genogram. */
public enum MapStyle {
    STRUCTURAL, GENOGRAM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.famstruct.model;

import java.util.Locale;

/** Minuchin's three kinds of boundary. */
public enum BoundaryType {
    CLEAR, DIFFUSE, RIGID;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

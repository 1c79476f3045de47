package org.famstruct.model;

import java.util.Locale;

public enum ChildKind {
    BIOLOGICAL, ADOPTED, FOSTER, STEP;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.famstruct.model;

import java.util.Locale;

public enum UnionStatus {
    MARRIED, COHABITING, ENGAGED, DATING, SEPARATED, DIVORCED, WIDOWED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Divorced and widowed unions no longer make partners (PATTERNS.md, partners(x)). */
    public boolean isCurrent() {
        return this != DIVORCED && this != WIDOWED;
    }
}

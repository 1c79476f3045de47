package org.famstruct.model;

import java.util.List;

/**
 * The {@code executive} key of a member: who this member carries parental functions for.
 * {@code all} covers every younger member related through parent and union links;
 * otherwise just the listed members.
 */
public record Executive(boolean all, List<String> over) {
    public static final Executive NONE = new Executive(false, List.of());
    public static final Executive ALL = new Executive(true, List.of());

    public boolean isNone() {
        return !all && over.isEmpty();
    }
}

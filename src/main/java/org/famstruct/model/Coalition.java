package org.famstruct.model;

import java.util.List;

/** A coalition the coder observed directly. {@code initiator} may be null. */
public record Coalition(
        List<String> members,
        List<String> against,
        boolean overt,
        String initiator,
        String note,
        SourcePos pos) {}

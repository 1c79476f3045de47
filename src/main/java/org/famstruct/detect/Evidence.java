package org.famstruct.detect;

import java.util.List;
import java.util.Objects;
import org.famstruct.model.Boundary;
import org.famstruct.model.Coalition;
import org.famstruct.model.Relationship;
import org.famstruct.model.SourcePos;

/**
 * One thing from the case file that a finding rests on, with its position.
 * {@code kind} is {@code relationship}, {@code coalition} or {@code boundary}; {@code type} is
 * the canonical relationship type, {@code coalition}, or the boundary type. For a directed
 * relationship {@code members} is [from, to]; otherwise the members in the file's order.
 * {@code against} is set for coalitions only.
 */
public record Evidence(String kind, String type, List<String> members, List<String> against, boolean directed,
        boolean overt, int intensity, SourcePos pos) {

    public static Evidence of(Relationship r) {
        return new Evidence("relationship", r.type().id(), List.of(r.from(), r.to()), List.of(), r.directed(),
                r.overt(), r.intensity(), r.pos());
    }

    public static Evidence of(Coalition c) {
        return new Evidence("coalition", "coalition", c.members(), c.against(), false, c.overt(), 3, c.pos());
    }

    public static Evidence of(Boundary b) {
        return new Evidence("boundary", b.type().id(), b.wholeFamily() ? List.of("family") : b.around(), List.of(),
                false, true, 3, b.pos());
    }

    // Written out: a record's generated equals and hashCode are bootstrapped at run time, which
    // the launcher's AOT cache cannot keep (SourcePos says more). Same meaning as the generated ones.
    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence e && directed == e.directed && overt == e.overt && intensity == e.intensity
                && kind.equals(e.kind) && type.equals(e.type) && members.equals(e.members)
                && against.equals(e.against) && pos.equals(e.pos);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, type, members, against, directed, overt, intensity, pos);
    }
}

package org.famstruct.map;

import java.util.HashMap;
import java.util.Map;
import org.famstruct.model.Family;

/** Member node ids: {@code m1}, {@code m2}... in file order. A member's own id never reaches the DOT. */
final class NodeIds {
    private final Map<String, String> ids = new HashMap<>();

    NodeIds(Family family) {
        for (String id : family.members().keySet()) {
            ids.put(id, "m" + (ids.size() + 1));
        }
    }

    String member(String memberId) {
        String id = ids.get(memberId);
        if (id == null) {
            throw new IllegalArgumentException("not a member: " + memberId);
        }
        return id;
    }
}

package org.famstruct.model;

import java.util.List;
import java.util.Map;

/**
 * One case file, validated: every id it uses names a member. Members keep the file's order.
 * {@code date} is when the family is described (null when not given): with {@code born} it gives ages.
 */
public record Family(
        String file,
        String name,
        String source,
        String notes,
        YearOrDate date,
        Map<String, Member> members,
        List<Union> unions,
        List<Relationship> relationships,
        List<Coalition> coalitions,
        List<Boundary> boundaries,
        List<ExpectedLabel> expected) {

    public Member member(String id) {
        return members.get(id);
    }
}

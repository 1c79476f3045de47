package org.famstruct.load;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.famstruct.model.Family;
import org.famstruct.model.Relationship;
import org.famstruct.model.Union;
import org.junit.jupiter.api.Test;

/**
 * Every mention of a member id in a case is the member's own string (ReadContext): the graph's
 * lookups then compare ids by reference, and the model holds one string per member. Mentions
 * before the member's entry and after it alike.
 */
class MemberIdInstancesTest {

    @Test
    void everyMentionIsTheMembersOwnString() {
        String yaml = """
                relationships:
                  - {between: [ann, bob], type: conflict}
                members:
                  ann: {}
                  bob: {}
                  cy: {parents: [ann, bob]}
                unions:
                  - {partners: [ann, bob], children: [cy]}
                coalitions:
                  - {members: [ann, cy], against: [bob]}
                """;
        LoadResult loaded = new CaseLoader().load(new StringReader(yaml), "case.yaml", "case");
        assertTrue(loaded.ok(), loaded.diagnostics()::toString);
        Family family = loaded.family();
        Relationship r = family.relationships().get(0);
        assertSame(family.member("ann").id(), r.from(), "named before the member's entry");
        assertSame(family.member("bob").id(), r.to());
        Union union = family.unions().get(0);
        assertSame(family.member("ann").id(), union.partners().get(0), "named after it");
        assertSame(family.member("cy").id(), union.children().get(0).id());
        assertSame(family.member("bob").id(), family.member("cy").parents().get(1));
        assertSame(family.member("cy").id(), family.coalitions().get(0).members().get(1));
        assertSame(family.member("bob").id(), family.coalitions().get(0).against().get(0));
    }
}

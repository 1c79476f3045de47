package org.famstruct.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.famstruct.model.ChildKind;
import org.famstruct.model.Diagnostic;
import org.famstruct.model.Family;
import org.famstruct.model.Gender;
import org.famstruct.model.RelationshipType;
import org.famstruct.model.UnionStatus;
import org.famstruct.testing.Cases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule of FORMAT.md: an input that breaks it (with the message and position) and one that keeps it. */
class ValidationRulesTest {

    private static Cases.Checked check(String yaml) {
        return Cases.check(yaml);
    }

    /** Asserts exactly one error, at line:col, whose message contains {@code text}. */
    private static void assertError(String yaml, int line, int column, String text) {
        Cases.Checked checked = check(yaml);
        List<Diagnostic> errors = checked.errors();
        assertEquals(1, errors.size(), () -> "errors:" + checked.describe());
        Diagnostic error = errors.get(0);
        assertEquals(line + ":" + column, error.pos().line() + ":" + error.pos().column(), error.format());
        assertTrue(error.message().contains(text), () -> "message '" + error.message() + "' lacks '" + text + "'");
    }

    private static Family valid(String yaml) {
        Cases.Checked checked = check(yaml);
        assertTrue(checked.errors().isEmpty(), () -> "unexpected errors:" + checked.describe());
        return checked.graph().family();
    }

    @Test
    void minimalCaseIsValidAndNamedAfterTheFile() {
        Family family = valid("members:\n  a: {}\n");
        assertEquals("case", family.name());
        assertEquals("a", family.member("a").name());
        assertEquals(Gender.UNKNOWN, family.member("a").gender());
    }

    @Test
    void membersAreRequired() {
        assertError("family: X\n", 1, 1, "at least one member");
        assertError("members: {}\n", 1, 1, "at least one member");
    }

    @Test
    void formatVersionMustBeOne() {
        valid("famstruct: 1\nmembers: {a: {}}\n");
        assertError("famstruct: 2\nmembers: {a: {}}\n", 1, 12, "unsupported format version 2");
    }

    @Test
    void unknownTopLevelKeySuggestsTheClosest() {
        assertError("members: {a: {}, b: {}}\nrelationship: []\n", 2, 1,
                "unknown key 'relationship' (did you mean 'relationships'?)");
    }

    @Test
    void extensionKeysAreIgnoredEverywhere() {
        valid("x-coder: JS\nmembers:\n  a: {x-note: hi}\n  b: {}\nrelationships:\n"
                + "  - {between: [a, b], type: close, x-confidence: 0.8}\n");
    }

    @Test
    void memberIdsMustBeWellFormed() {
        assertError("members:\n  1abc: {}\n", 2, 3, "must start with a letter");
        assertError("members:\n  " + "a".repeat(65) + ": {}\n", 2, 3, "longer than 64");
        valid("members:\n  A_b-9: {}\n");
    }

    @Test
    void duplicateMemberIsRefused() {
        assertError("members:\n  a: {name: First}\n  a: {name: Second}\n", 3, 3,
                "duplicate member id 'a' (first defined at 2:3)");
    }

    @Test
    void duplicateKeyInsideAnEntryIsRefused() {
        assertError("members:\n  a: {name: A, name: B}\n", 2, 16, "duplicate key 'name' (first at 2:7)");
    }

    @Test
    void duplicateTopLevelSectionIsRefused() {
        assertError("members: {a: {}}\nmembers: {b: {}}\n", 2, 1, "duplicate key 'members'");
    }

    @Test
    void unknownMemberKeySuggests() {
        assertError("members:\n  a: {gendr: male}\n", 2, 7, "unknown key 'gendr' in member 'a' (did you mean 'gender'?)");
    }

    @ParameterizedTest
    @CsvSource({"male,MALE", "m,MALE", "man,MALE", "female,FEMALE", "f,FEMALE", "woman,FEMALE",
            "nonbinary,NONBINARY", "x,NONBINARY", "'?',UNKNOWN", "unknown,UNKNOWN", "Male,MALE"})
    void genderAliases(String word, Gender expected) {
        String value = word.equals("?") ? "'?'" : word;
        assertEquals(expected, valid("members:\n  a: {gender: " + value + "}\n").member("a").gender());
    }

    @Test
    void unknownGenderIsAnError() {
        assertError("members:\n  a: {gender: femal}\n", 2, 15, "did you mean 'female'?");
    }

    @Test
    void ageMustBeInRange() {
        assertError("members:\n  a: {age: 131}\n", 2, 12, "between 0 and 130");
        assertError("members:\n  a: {age: ten}\n", 2, 12, "whole number");
        assertEquals(130, valid("members:\n  a: {age: 130}\n").member("a").age());
    }

    @Test
    void generationMustNotBeNegative() {
        assertError("members:\n  a: {generation: -1}\n", 2, 19, "between 0");
    }

    @Test
    void bornAndDiedAreYearsOrIsoDates() {
        Family family = valid("members:\n  a: {born: 1950, died: 2020-02-29}\n");
        assertEquals(2020, family.member("a").died().year());
        assertTrue(family.member("a").deceased(), "died implies deceased");
        assertError("members:\n  a: {born: 2021-02-30}\n", 2, 13, "ISO date");
        assertError("members:\n  a: {born: last year}\n", 2, 13, "a year");
    }

    @Test
    void deceasedFalseContradictsDied() {
        assertError("members:\n  a: {died: 2000, deceased: false}\n", 2, 29, "contradicts");
    }

    @Test
    void booleansAreYaml12Only() {
        assertError("members:\n  a: {pet: yes}\n", 2, 12, "true or false");
        assertTrue(valid("members:\n  a: {pet: true}\n").member("a").pet());
    }

    @Test
    void ipIsAnAliasOfIdentifiedPatient() {
        assertTrue(valid("members:\n  a: {ip: true}\n").member("a").identifiedPatient());
        assertTrue(valid("members:\n  a: {identified_patient: true}\n").member("a").identifiedPatient());
    }

    @Test
    void parentsAreOneOrTwoKnownMembers() {
        assertError("members:\n  a: {}\n  b: {}\n  c: {}\n  d: {parents: [a, b, c]}\n", 5, 16, "1 to 2");
        assertError("members:\n  a: {parents: [a]}\n", 2, 16, "own parent");
        assertError("members:\n  a: {parents: [zed]}\n", 2, 17, "unknown member 'zed'");
        assertEquals(List.of("a"), valid("members:\n  a: {}\n  b: {parents: [a]}\n").member("b").parents());
    }

    @Test
    void unknownMemberReferenceSuggestsAnId() {
        assertError("members:\n  tommy: {}\n  emily: {}\nrelationships:\n  - {between: [tomy, emily], type: close}\n",
                5, 16, "unknown member 'tomy' (did you mean 'tommy'?)");
    }

    @Test
    void membersMayBeNamedBeforeTheyAreGivenAndAnUnknownOneIsStillFound() {
        // References to members read so far are known good at once; the others wait for the end.
        String relationshipsFirst = "relationships:\n  - {between: [kai, lee], type: close}\n"
                + "members:\n  kai: {parents: [lee]}\n  lee: {}\n";
        assertEquals(List.of("lee"), valid(relationshipsFirst).member("kai").parents());
        assertError("relationships:\n  - {between: [kai, lea], type: close}\nmembers:\n  kai: {}\n  lee: {}\n",
                2, 21, "unknown member 'lea' (did you mean 'lee'?)");
        assertError("members:\n  kai: {}\n  lee: {}\nrelationships:\n  - {between: [kai, lea], type: close}\n",
                5, 21, "unknown member 'lea' (did you mean 'lee'?)");
    }

    @Test
    void executiveIsTrueOrAListOfMembers() {
        valid("members:\n  g: {executive: true}\n  c: {parents: [g]}\n");
        valid("members:\n  g: {executive: [c]}\n  c: {}\n");
        assertError("members:\n  g: {executive: sometimes}\n", 2, 18, "true, false or a list");
        assertError("members:\n  g: {executive: [g]}\n", 2, 18, "over themselves");
    }

    @Test
    void unionNeedsTwoDistinctPartners() {
        assertError("members: {a: {}}\nunions:\n  - {partners: [a]}\n", 3, 16, "exactly 2");
        assertError("members: {a: {}}\nunions:\n  - {partners: [a, a]}\n", 3, 20, "twice");
        assertError("members: {a: {}}\nunions:\n  - {status: married}\n", 3, 5, "needs 'partners");
    }

    @Test
    void unionStatusesAndChildKinds() {
        Family family = valid("members: {a: {}, b: {}, c: {}, d: {}}\nunions:\n"
                + "  - {partners: [a, b], status: divorced, children: [c, {id: d, kind: foster}]}\n");
        assertEquals(UnionStatus.DIVORCED, family.unions().get(0).status());
        assertEquals(ChildKind.FOSTER, family.unions().get(0).children().get(1).kind());
        assertError("members: {a: {}, b: {}}\nunions:\n  - {partners: [a, b], status: maried}\n", 3, 32,
                "did you mean 'married'?");
        assertError("members: {a: {}, b: {}, c: {}}\nunions:\n  - {partners: [a, b], children: [{id: c, kind: own}]}\n",
                3, 49, "biological, adopted, foster or step");
    }

    @Test
    void childParentsMustAgreeWithTheUnion() {
        assertError("members:\n  a: {}\n  b: {}\n  x: {}\n  c: {parents: [a, x]}\nunions:\n"
                + "  - {partners: [a, b], children: [c]}\n", 7, 35, "lists them as its biological child");
        valid("members:\n  a: {}\n  b: {}\n  c: {parents: [b, a]}\nunions:\n  - {partners: [a, b], children: [c]}\n");
        valid("members:\n  a: {}\n  b: {}\n  x: {}\n  c: {parents: [a, x]}\nunions:\n"
                + "  - {partners: [a, b], children: [{id: c, kind: step}]}\n");
    }

    @Test
    void everyTypeAndAliasIsAccepted() {
        for (String name : RelationshipType.allNames()) {
            RelationshipType type = RelationshipType.byName(name).orElseThrow();
            String link = type.directed() ? "from: a, to: b" : "between: [a, b]";
            Family family = valid("members: {a: {}, b: {}}\nrelationships:\n  - {" + link + ", type: " + name + "}\n");
            assertEquals(type, family.relationships().get(0).type(), name);
        }
    }

    @Test
    void unknownTypeSuggests() {
        assertError("members: {a: {}, b: {}}\nrelationships:\n  - {between: [a, b], type: hostle}\n", 3, 29,
                "unknown relationship type 'hostle' (did you mean 'hostile'?)");
    }

    @Test
    void directedTypeNeedsFromTo() {
        assertError("members: {a: {}, b: {}}\nrelationships:\n  - {between: [a, b], type: blames}\n", 3, 5,
                "'blames' is directed: use from/to");
        Family family = valid("members: {a: {}, b: {}}\nrelationships:\n  - {from: b, to: a, type: close}\n");
        assertEquals("b", family.relationships().get(0).from());
    }

    @Test
    void relationshipNeedsExactlyOneForm() {
        assertError("members: {a: {}, b: {}}\nrelationships:\n  - {between: [a, b], from: a, type: close}\n", 3, 5,
                "not both");
        assertError("members: {a: {}, b: {}}\nrelationships:\n  - {from: a, type: close}\n", 3, 5, "needs");
        assertError("members: {a: {}, b: {}}\nrelationships:\n  - {between: [a, b]}\n", 3, 5, "needs a 'type'");
    }

    @Test
    void relationshipNeedsTwoDifferentMembers() {
        assertError("members: {a: {}}\nrelationships:\n  - {between: [a, a], type: close}\n", 3, 5, "two different");
        assertError("members: {a: {}}\nrelationships:\n  - {from: a, to: a, type: blames}\n", 3, 5, "two different");
    }

    @ParameterizedTest
    @CsvSource({"1,1", "2,2", "3,3", "weak,1", "moderate,2", "strong,3", "Strong,3"})
    void intensityNumbersAndWords(String word, int expected) {
        Family family = valid("members: {a: {}, b: {}}\nrelationships:\n  - {between: [a, b], type: close, intensity: "
                + word + "}\n");
        assertEquals(expected, family.relationships().get(0).intensity());
    }

    @Test
    void intensityOutOfRange() {
        assertError("members: {a: {}, b: {}}\nrelationships:\n  - {between: [a, b], type: close, intensity: 7}\n", 3, 47,
                "intensity must be 1, 2, 3, weak, moderate or strong");
    }

    @Test
    void defaultsOfARelationship() {
        var r = valid("members: {a: {}, b: {}}\nrelationships:\n  - {between: [a, b], type: close}\n")
                .relationships().get(0);
        assertEquals(2, r.intensity());
        assertTrue(r.overt());
        assertTrue(r.chronic());
    }

    @Test
    void kindBelongsToAbuses() {
        valid("members: {a: {}, b: {}}\nrelationships:\n  - {from: a, to: b, type: abuses, kind: emotional}\n");
        assertError("members: {a: {}, b: {}}\nrelationships:\n  - {from: a, to: b, type: abuses, kind: verbal}\n", 3,
                42, "physical, emotional or sexual");
        assertError("members: {a: {}, b: {}}\nrelationships:\n  - {between: [a, b], type: close, kind: physical}\n", 3,
                42, "only to 'abuses'");
    }

    @Test
    void sameTypeTwiceForOnePairIsRefused() {
        assertError("members: {a: {}, b: {}}\nrelationships:\n  - {between: [a, b], type: close}\n"
                + "  - {between: [b, a], type: love}\n", 4, 5, "already given at line 3");
        // Close and conflict together are ambivalence, and opposite directions are two relationships.
        valid("members: {a: {}, b: {}}\nrelationships:\n  - {between: [a, b], type: close}\n"
                + "  - {between: [a, b], type: conflict}\n  - {from: a, to: b, type: blames}\n"
                + "  - {from: b, to: a, type: blames}\n");
    }

    @Test
    void coalitionRules() {
        valid("members: {a: {}, b: {}, c: {}}\ncoalitions:\n  - {members: [a, b], against: [c], initiator: a}\n");
        assertError("members: {a: {}, b: {}, c: {}}\ncoalitions:\n  - {members: [a], against: [c]}\n", 3, 15,
                "at least 2");
        assertError("members: {a: {}, b: {}, c: {}}\ncoalitions:\n  - {members: [a, b], against: [b]}\n", 3, 32,
                "both in the coalition and its target");
        assertError("members: {a: {}, b: {}, c: {}}\ncoalitions:\n  - {members: [a, b], against: [c], initiator: c}\n",
                3, 48, "must be one of the coalition's members");
    }

    @Test
    void boundaryRules() {
        Family family = valid("members: {a: {}, b: {}}\nboundaries:\n  - {around: family, type: clear}\n"
                + "  - {around: [a, b], type: rigid, name: parents}\n");
        assertTrue(family.boundaries().get(0).wholeFamily());
        assertError("members: {a: {}}\nboundaries:\n  - {around: [a], type: porous}\n", 3, 25,
                "clear, diffuse or rigid");
        assertError("members: {a: {}}\nboundaries:\n  - {type: clear}\n", 3, 5, "needs 'around'");
    }

    @Test
    void expectedLabels() {
        Family family = valid("members: {a: {}, b: {}, c: {}}\nexpected:\n"
                + "  - {pattern: coalition, members: [b, a], against: [c]}\n  - {absent: parentification}\n");
        assertEquals(List.of("a", "b"), family.expected().get(0).roles().get("members"));
        assertTrue(family.expected().get(1).absent());
        assertError("members: {a: {}}\nexpected:\n  - {pattern: triangulaton}\n", 3, 15,
                "did you mean 'triangulation'?");
        assertError("members: {a: {}}\nexpected:\n  - {pattern: coalition, absent: coalition}\n", 3, 5, "either");
    }

    @Test
    void yamlTagsAreRefused() {
        assertError("members:\n  a: !!str x\n", 2, 6, "YAML tags are not allowed");
        assertError("members:\n  a: !custom {}\n", 2, 6, "YAML tags are not allowed");
    }

    @Test
    void anchorsAndAliasesWithinTheBudgetWork() {
        Family family = valid("members:\n  a: &person {gender: female}\n  b: *person\n");
        assertEquals(Gender.FEMALE, family.member("b").gender());
    }

    @Test
    void aliasBombIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder("x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append("x-").append(c).append(": &").append(c).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
            previous = c;
        }
        yaml.append("members: {a: {name: *j}}\n");
        long start = System.nanoTime();
        Cases.Checked checked = check(yaml.toString());
        assertTrue(checked.errors().stream().anyMatch(d -> d.message().contains("aliases expand")), checked.describe());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "an alias bomb must be refused fast");
    }

    @Test
    void syntaxErrorHasAPosition() {
        assertError("members: {a: [}\n", 1, 15, "YAML syntax error");
    }

    @Test
    void wrongShapesSayWhatWasExpected() {
        assertError("members:\n  - a\n  - b\n", 2, 3, "must be a map from member id to member, not a list");
        assertError("- a\n", 1, 1, "a case must be a map");
        assertError("members: {a: {}}\nrelationships: {a: b}\n", 2, 16, "must be a list");
        assertError("members: {a: [1, 2]}\n", 1, 14, "member 'a' must be a map");
        assertError("members: {a: {name: [x]}}\n", 1, 21, "name must be a single value");
    }

    @Test
    void forbiddenControlCharacterHasAPosition() {
        assertError("members:\n  a: {name: \"x\u0001\"}\n", 2, 15, "U+0001 is not allowed");
    }

    @Test
    void onlyOneDocumentPerFile() {
        assertError("members: {a: {}}\n---\nmembers: {b: {}}\n", 2, 1, "one YAML document");
    }

    @Test
    void emptyFileIsRefused() {
        assertError("", 1, 1, "empty");
    }

    @Test
    void everyProblemOfAFileIsReportedInOneRun() {
        Cases.Checked checked = check("members:\n  a: {gender: mle, age: -3}\n  b: {}\nrelationships:\n"
                + "  - {between: [a, c], type: close}\n  - {between: [a, b], type: hostle}\n");
        assertEquals(4, checked.errors().size(), checked.describe());
    }

    @Test
    void errorCapStopsRunawayReports() {
        StringBuilder yaml = new StringBuilder("members:\n  a: {}\nrelationships:\n");
        for (int i = 0; i < 200; i++) {
            yaml.append("  - {between: [a, nobody").append(i).append("], type: close}\n");
        }
        Cases.Checked checked = check(yaml.toString());
        assertEquals(LoadLimits.DEFAULT.maxErrors() + 1, checked.errors().size());
        assertTrue(checked.errors().get(checked.errors().size() - 1).message().contains("too many errors"));
    }

    @Test
    void memberLimitIsEnforced() {
        LoadResult result = new CaseLoader(new LoadLimits(1 << 20, 2, 10, 1000, 50))
                .load(new java.io.StringReader("members: {a: {}, b: {}, c: {}}\n"), "f.yaml", "f");
        assertNull(result.family());
        assertTrue(result.diagnostics().get(0).message().contains("more than 2 members"));
    }

    @Test
    void stdinSizeLimitIsEnforced() {
        byte[] big = ("members: {a: {note: '" + "x".repeat(5000) + "'}}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        LoadResult result = new CaseLoader(new LoadLimits(1000, 10, 10, 1000, 50))
                .load(new java.io.ByteArrayInputStream(big), CaseLoader.STDIN, "stdin");
        assertNull(result.family());
        assertTrue(result.diagnostics().get(0).message().contains("limit"), result.diagnostics().toString());
    }

    @Test
    void invalidUtf8IsReported() {
        byte[] bytes = {'m', 'e', 'm', 'b', 'e', 'r', 's', ':', ' ', '{', 'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '}'};
        LoadResult result = new CaseLoader().load(new java.io.ByteArrayInputStream(bytes), "bad.yaml", "bad");
        assertNull(result.family());
        assertTrue(result.diagnostics().get(0).message().contains("UTF-8"), result.diagnostics().toString());
    }

    @Test
    void unicodeNamesAreKept() {
        Family family = valid("members:\n  a: {name: \"Zoë 王小明 \\\"Q\\\"\"}\n");
        assertEquals("Zoë 王小明 \"Q\"", family.member("a").name());
    }

    @Test
    void nullValuesMeanNotGiven() {
        Family family = valid("members:\n  a:\n  b: {name: ~, gender: null}\nunions:\nrelationships: []\n");
        assertEquals("b", family.member("b").name());
        assertNotNull(family.member("a"));
    }

    @Test
    void caseDateAndRelationshipSinceAreReadAndRefusedAtTheirPosition() {
        Family family = valid("date: 2024-05-01\nmembers: {a: {}, b: {}}\nrelationships:\n"
                + "  - {from: a, to: b, type: caretakes, since: Childhood}\n  - {between: [a, b], type: close, since: 2003}\n");
        assertEquals(2024, family.date().year());
        assertTrue(family.relationships().get(0).since().childhood());
        assertEquals(2003, family.relationships().get(1).since().date().year());
        assertError("date: yesterday\nmembers: {a: {}}\n", 1, 7, "date must be a year (1968) or an ISO date");
        assertError("members: {a: {}, b: {}}\nrelationships:\n  - {between: [a, b], type: close, since: soon}\n",
                3, 43, "since must be a year (1968), an ISO date (1968-04-02) or 'childhood', not 'soon'");
        assertError("members: {a: {}, b: {}}\nrelationships:\n  - {between: [a, b], type: go-between}\n",
                3, 5, "'go-between' is directed: use from/to");
    }
}

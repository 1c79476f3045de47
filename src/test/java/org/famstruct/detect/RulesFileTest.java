package org.famstruct.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.famstruct.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesFileTest {

    private static List<String> errors(String text) {
        RulesResult result = RulesFile.read(text, "rules.yaml");
        assertFalse(result.ok(), "accepted: " + text);
        assertNull(result.rules());
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void thePrintedDefaultsReadBackAsTheDefaults() {
        String printed = RulesFile.write(Rules.DEFAULTS);
        RulesResult back = RulesFile.read(printed, "defaults.yaml");
        assertEquals(List.of(), back.diagnostics());
        assertEquals(Rules.DEFAULTS, back.rules());
    }

    @Test
    void everyKeyIsPrintedUnderItsComment() {
        List<String> lines = RulesFile.write(Rules.DEFAULTS).lines().toList();
        for (String key : RulesFile.KEYS.keySet()) {
            int at = lines.indexOf(lines.stream().filter(l -> l.startsWith(key + ": ")).findFirst().orElseThrow());
            assertTrue(lines.get(at - 1).startsWith("# "), key);
        }
        assertTrue(lines.contains("detouring_attacking_types: [blames, conflict, abuses]"));
        assertTrue(lines.contains("minor_age_below: 18"));
    }

    @Test
    void changedRulesRoundTripToo() {
        Rules changed = new Rules(16, -1, false, 0, 3, List.of(), List.of("neglects", "fused-hostile"));
        assertEquals(changed, RulesFile.read(RulesFile.write(changed), "r.yaml").rules());
    }

    @Test
    void aPartialFileKeepsTheOtherDefaultsAndAliasesBecomeCanonical() {
        RulesResult r = RulesFile.read("""
                min_strength: 2
                detouring_attacking_types: [scapegoats, hostile, abuses, blames]
                """, "r.yaml");
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertEquals(2, r.rules().minStrength());
        assertEquals(List.of("blames", "conflict", "abuses"), r.rules().detouringAttackingTypes());
        assertEquals(Rules.DEFAULTS.minorAgeBelow(), r.rules().minorAgeBelow());
        assertEquals(Rules.DEFAULTS.detouringSupportiveTypes(), r.rules().detouringSupportiveTypes());
    }

    @Test
    void anEmptyFileChangesNothingAndExtensionKeysAreIgnored() {
        assertEquals(Rules.DEFAULTS, RulesFile.read("# nothing\n", "r.yaml").rules());
        assertEquals(Rules.DEFAULTS, RulesFile.read("x-lab: {coder: A}\n", "r.yaml").rules());
    }

    @Test
    void everyMistakeIsReportedAtItsPositionInFileOrder() {
        assertEquals(List.of(
                "rules.yaml:1:18: 'minor_age_below' must be an integer from 0 to 131, not 'eighteen'",
                "rules.yaml:2:1: unknown rules key 'min_strenght' (did you mean 'min_strength'?)",
                "rules.yaml:3:29: 'triangulation_requires_act' must be true or false, not 'yes'",
                "rules.yaml:4:25: 'over_involvement_bonus' must be from 0 to 3, not 7",
                "rules.yaml:5:30: 'detouring_supportive_types': unknown relationship type 'overprotect' "
                        + "(did you mean 'overprotects'?)",
                "rules.yaml:6:28: 'detouring_attacking_types' must be a list of relationship types, not 'blames'"),
                errors("""
                        minor_age_below: eighteen
                        min_strenght: 2
                        triangulation_requires_act: yes
                        over_involvement_bonus: 7
                        detouring_supportive_types: [overprotect]
                        detouring_attacking_types: blames
                        """));
    }

    @Test
    void aQuotedNumberIsAStringNotAnInteger() {
        assertEquals(List.of("rules.yaml:1:20: 'alliance_min_bond' must be an integer from -3 to 3, not '2'"),
                errors("alliance_min_bond: \"2\"\n"));
    }

    @Test
    void structuralMistakes() {
        assertEquals(List.of("rules.yaml:1:1: a rules file is a map of keys (minor_age_below, alliance_min_bond, "
                + "triangulation_requires_act, over_involvement_bonus, min_strength, detouring_supportive_types, "
                + "detouring_attacking_types), not a list"), errors("- min_strength\n"));
        assertEquals(List.of("rules.yaml:2:1: duplicate rules key 'min_strength'"),
                errors("min_strength: 1\nmin_strength: 2\n"));
        assertEquals(List.of("rules.yaml:1:15: 'min_strength' must be an integer from 1 to 3, not '2'"),
                errors("min_strength: !!str 2\n"));
        assertEquals(List.of("rules.yaml:1:14: 'min_strength' must be an integer from 1 to 3, not nothing"),
                errors("min_strength:\n"));
        List<String> syntax = errors("min_strength: [1\n");
        assertEquals(1, syntax.size());
        assertTrue(syntax.get(0).startsWith("rules.yaml:2:1: not valid YAML: "), syntax.get(0));
    }

    @Test
    void readsAFileAndNamesAMissingOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, "minor_age_below: 16\n");
        assertEquals(16, RulesFile.read(file).rules().minorAgeBelow());
        RulesResult missing = RulesFile.read(dir.resolve("nope.yaml"));
        assertFalse(missing.ok());
        assertEquals(dir.resolve("nope.yaml") + ": no such rules file", missing.diagnostics().get(0).format());
    }

    @Test
    void rulesBuiltInCodeAreCheckedToo() {
        assertThrows(IllegalArgumentException.class,
                () -> new Rules(18, 2, true, 1, 0, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new Rules(18, 2, true, 1, 1, List.of("nonsense"), List.of()));
    }

    @Test
    void theValuesMapFollowsTheFileOrder() {
        assertEquals(List.copyOf(RulesFile.KEYS.keySet()), List.copyOf(RulesFile.values(Rules.DEFAULTS).keySet()));
    }
}

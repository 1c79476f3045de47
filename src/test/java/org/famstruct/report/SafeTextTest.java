package org.famstruct.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTextTest {

    @Test
    void terminalSequencesAreShownNotObeyed() {
        assertEquals("Mark\\e[2J", SafeText.visible("Mark\u001b[2J"), "clear screen");
        assertEquals("\\e]0;title\\u0007", SafeText.visible("\u001b]0;title\u0007"), "set the window title");
        assertEquals("\\e]8;;http://x\\e\\link", SafeText.visible("\u001b]8;;http://x\u001b\\link"), "OSC-8 link");
        assertEquals("a\\u009b2Jb", SafeText.visible("a\u009b2Jb"), "C1 CSI");
        assertEquals("del\\u007f", SafeText.visible("del\u007f"));
        assertEquals("nul\\u0000", SafeText.visible("nul\u0000"));
    }

    @Test
    void aValueCannotStartALineOfItsOwn() {
        assertEquals("Emily\\nfamstruct: x.yaml:1:1: forged", SafeText.visible("Emily\nfamstruct: x.yaml:1:1: forged"));
        assertEquals("a\\r\\nb\\tc", SafeText.visible("a\r\nb\tc"));
        assertEquals("a\\u2028b\\u2029c", SafeText.visible("a\u2028b\u2029c"), "Unicode line and paragraph separators");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"})
    void bidiControlsAreShown(String control) {
        String shown = SafeText.visible("exe" + control + "txt");
        assertEquals("exe\\u" + Integer.toHexString(control.charAt(0)) + "txt", shown);
    }

    @Test
    void ordinaryTextOfAnyScriptIsUntouched() {
        String text = "Zoë Ångström, Ωμέγα, 李小龍, مريم, יעל, 🙂 C:\\cases\\x.yaml";
        assertSame(text, SafeText.visible(text), "nothing to escape: the same string back");
        assertNull(SafeText.visible(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"=SUM(A1)|'=SUM(A1)", "+1|'+1", "-2+3|'-2+3", "@cmd|'@cmd",
            "Wagner|Wagner", "a=b|a=b", "'quoted|'quoted"})
    void formulaCellsAreNeutralised(String cell, String expected) {
        assertEquals(expected, SafeText.cell(cell));
    }

    @Test
    void tabAndCarriageReturnStartsAreNeutralisedToo() {
        assertEquals("'\tx", SafeText.cell("\tx"));
        assertEquals("'\rx", SafeText.cell("\rx"));
        assertEquals("", SafeText.cell(""));
    }
}

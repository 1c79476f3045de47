package org.famstruct.map.dot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DotTextTest {

    @Test
    void quotedEscapesBackslashFirstThenQuotes() {
        assertEquals("\"a\\\\b\"", DotText.quoted("a\\b"));
        assertEquals("\"say \\\"hi\\\"\"", DotText.quoted("say \"hi\""));
        // A trailing backslash cannot escape the closing quote.
        assertEquals("\"end\\\\\"", DotText.quoted("end\\"));
        // escString sequences stay literal text.
        assertEquals("\"\\\\N \\\\G \\\\l\"", DotText.quoted("\\N \\G \\l"));
    }

    @Test
    void quotedTurnsLineBreaksIntoCentredBreaks() {
        assertEquals("\"a\\nb\\nc\\nd\"", DotText.quoted("a\nb\r\nc\rd"));
    }

    @Test
    void quotedLeavesOtherTextAlone() {
        assertEquals("\"{x} <y> & [z]; a=b -- c\"", DotText.quoted("{x} <y> & [z]; a=b -- c"));
        assertEquals("\"Ἀθηνᾶ 李小龙 مريم 👩‍👧\"", DotText.quoted("Ἀθηνᾶ 李小龙 مريم 👩‍👧"));
    }

    @Test
    void htmlEscapesMarkupAndBreaksLines() {
        assertEquals("&lt;B&gt;x&lt;/B&gt; &amp;amp; &quot;q&quot;", DotText.html("<B>x</B> &amp; \"q\""));
        assertEquals("a<BR/>b", DotText.html("a\nb"));
        assertEquals("back\\\\slash {braces} &#93;&#93;&gt; &#91;a&#93;", DotText.html("back\\slash {braces} ]]> [a]"));
    }

    @Test
    void cleanDropsWhatGraphvizCannotTake() {
        assertEquals("ab", DotText.clean("a\u0000\u0001\u001fb"));
        assertEquals("ab", DotText.clean("a\u007f\u0085b"));
        assertEquals("a b", DotText.clean("a\tb"));
        assertEquals("ab", DotText.clean("a\ud800b"), "a lone surrogate");
        assertEquals("ab", DotText.clean("a\ufffeb"));
        assertEquals("👩", DotText.clean("👩"), "a surrogate pair stays");
        assertEquals("\u200d\u200f", DotText.clean("\u200d\u200f"), "joiners and direction marks stay");
    }
}

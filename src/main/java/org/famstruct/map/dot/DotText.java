package org.famstruct.map.dot;

/**
 * Escaping for the two kinds of text a DOT file carries: quoted strings (whose labels Graphviz
 * reads as escString, where a backslash starts an escape such as {@code \N} or {@code \l}) and
 * HTML-like labels (XML, where {@code & < > "} are markup). Every piece of a user's text goes
 * through one of these, so no name can end a string early, become markup, or turn into an
 * escape; a name shows as written.
 */
public final class DotText {
    private DotText() {}

    /**
     * Removes what Graphviz cannot take (XML-invalid characters, which make the HTML-label
     * parser fail: C0 controls, DEL and C1 controls, lone surrogates, U+FFFE/U+FFFF), turns tabs
     * into spaces and every line break ({@code \r\n}, {@code \r}) into {@code \n}.
     */
    public static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                i += i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '\t') {
                out.append(' ');
            } else if (c == '\n' || !(c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c)
                    || c == '\uFFFE' || c == '\uFFFF')) {
                out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    /**
     * A DOT quoted string, quotes included, for an escString attribute such as {@code label}:
     * a backslash is doubled (so it is never an escape), a quote is escaped, and a line break
     * becomes {@code \n} (a centred line break).
     */
    public static String quoted(String text) {
        String clean = clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 2).append('"');
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * Text for inside an HTML-like label: {@code & < > "} as entities, a line break as
     * {@code <BR/>}. Square brackets become character references too: dot 2.43's HTML-label
     * lexer fails on some texts made of them ({@code ]}, {@code ]]}, {@code [a]}), found by the
     * property test. A backslash is doubled: dot reads {@code \\} in HTML text as one
     * backslash (found by the property test too). Graphviz keeps spaces in HTML text, so none are
     * touched.
     */
    public static String html(String text) {
        String clean = clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 8);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\\' -> out.append("\\\\");
                case '[' -> out.append("&#91;");
                case ']' -> out.append("&#93;");
                case '\n' -> out.append("<BR/>");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

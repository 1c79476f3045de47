package org.famstruct.map.dot;

import java.util.Locale;

/**
 * An HTML-like label, built so that user text can only enter it escaped: {@link #text} escapes,
 * and the markup methods take numbers or fixed names, never free text.
 */
public final class Html {
    private final StringBuilder markup = new StringBuilder();

    public static Html of(String text) {
        return new Html().text(text);
    }

    /** User text, escaped; line breaks become {@code <BR/>}. */
    public Html text(String text) {
        markup.append(DotText.html(text));
        return this;
    }

    public Html bold(String text) {
        markup.append("<B>").append(DotText.html(text)).append("</B>");
        return this;
    }

    public Html italic(String text) {
        markup.append("<I>").append(DotText.html(text)).append("</I>");
        return this;
    }

    /** Text in another point size (and colour, when {@code color} is not null). */
    public Html font(double pointSize, String color, Html inner) {
        markup.append("<FONT POINT-SIZE=\"").append(number(pointSize)).append('"');
        if (color != null) {
            markup.append(" COLOR=\"").append(Attrs.checkColor(color)).append('"');
        }
        markup.append('>').append(inner.markup).append("</FONT>");
        return this;
    }

    public Html br() {
        markup.append("<BR/>");
        return this;
    }

    /** Appends another label's markup. */
    public Html append(Html other) {
        markup.append(other.markup);
        return this;
    }

    /** A one-column borderless table, one row per cell: lets a label reserve exact heights. */
    public static Html column(Cell... cells) {
        Html table = new Html();
        table.markup.append("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">");
        for (Cell cell : cells) {
            table.markup.append("<TR><TD");
            if (cell.height > 0) {
                table.markup.append(" HEIGHT=\"").append(cell.height).append('"');
            }
            if (cell.width > 0) {
                table.markup.append(" WIDTH=\"").append(cell.width).append('"');
            }
            if (cell.align != null) {
                table.markup.append(" ALIGN=\"").append(cell.align).append('"');
            }
            if (cell.background != null) {
                table.markup.append(" BGCOLOR=\"").append(Attrs.checkColor(cell.background)).append('"');
            }
            table.markup.append('>').append(cell.content == null ? "" : cell.content.markup).append("</TD></TR>");
        }
        table.markup.append("</TABLE>");
        return table;
    }

    /**
     * One cell of {@link #column}: content (or null for a spacer), a minimum height and width in
     * points, an alignment and a background colour (each null for the default).
     */
    public record Cell(Html content, int height, int width, String align, String background) {
        public static Cell of(Html content, int height) {
            return new Cell(content, height, 0, null, null);
        }

        public static Cell spacer(int height) {
            return new Cell(null, height, 0, null, null);
        }

        public static Cell left(Html content, int width) {
            return new Cell(content, 0, width, "LEFT", null);
        }

        /** The same cell on an opaque background, so lines drawn under it do not cross its text. */
        public Cell opaque(String color) {
            return new Cell(content, height, width, align, color);
        }
    }

    public boolean isEmpty() {
        return markup.length() == 0;
    }

    /** The label as DOT writes it: {@code <...>}. */
    String dot() {
        return "<" + markup + ">";
    }

    @Override
    public String toString() {
        return dot();
    }

    static String number(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        String s = String.format(Locale.ROOT, "%.3f", value);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}

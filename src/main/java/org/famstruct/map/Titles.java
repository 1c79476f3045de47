package org.famstruct.map;

import org.famstruct.map.dot.Html;
import org.famstruct.model.Family;

/** The map's title over the drawing: the family name in bold (initials with --anonymize) and, smaller, the source. */
final class Titles {
    private static final double SIZE = 14;
    private static final double SOURCE_SIZE = 9;
    private static final double BOLD = 1.15;

    private Titles() {}

    /** Puts the title centred above everything the sheet holds. */
    static void place(Sheet sheet, Family family, Naming naming) {
        Box drawing = sheet.extent();
        String source = naming.freeText(family.source());
        double y = drawing.y0() - 10;
        if (source != null) {
            Box box = Sheet.textBox(source, new Point(drawing.centre().x(), 0), SOURCE_SIZE);
            sheet.label(Html.of(source), box.moveTo(box.x0(), y - box.height()), SOURCE_SIZE, null);
            y -= box.height() + 2;
        }
        Box regular = Sheet.textBox(naming.title(), new Point(drawing.centre().x(), 0), SIZE);
        // Bold runs wider than regular text.
        Box box = Box.around(regular.centre(), regular.width() * BOLD, regular.height());
        sheet.label(new Html().bold(naming.title()), box.moveTo(box.x0(), y - box.height()), SIZE, null);
    }
}

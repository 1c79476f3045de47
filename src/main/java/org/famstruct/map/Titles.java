package org.famstruct.map;

import org.famstruct.map.dot.Attrs;
import org.famstruct.map.dot.Html;
import org.famstruct.model.Family;

/** The map's title: the family name (or its initials with --anonymize) and, smaller, the source. */
final class Titles {
    private Titles() {}

    static Attrs graphAttrs(Family family, Naming naming, String font) {
        Html title = new Html().font(16, null, new Html().bold(naming.title()));
        String source = naming.freeText(family.source());
        if (source != null) {
            title.br().font(10, null, Html.of(source));
        }
        return Attrs.of().put("label", title).put("labelloc", "t").put("fontname", font);
    }
}

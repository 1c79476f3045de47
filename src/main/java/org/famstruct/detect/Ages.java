package org.famstruct.detect;

import org.famstruct.model.Family;
import org.famstruct.model.Member;
import org.famstruct.model.Relationship;
import org.famstruct.model.Since;

/**
 * age(x), minor(x) and childhood(c, r) of PATTERNS.md. Ages come from {@code age}, else from
 * {@code born} and the case's {@code date}. Dates are compared by year: a year is all most
 * vignettes give, and a role that began in the year a child turned 18 is not counted as
 * childhood (the rule asks for "before c turned 18").
 */
final class Ages {
    private Ages() {}

    /** The member's age at the case's date, or null when it cannot be told. */
    static Integer age(Family family, Member member) {
        if (member.age() != null) {
            return member.age();
        }
        if (member.born() != null && family.date() != null) {
            return Math.max(0, family.date().year() - member.born().year());
        }
        return null;
    }

    /** minor(x): age unknown, or under the rules' minor age. */
    static boolean minor(Family family, Member member, Rules rules) {
        Integer age = age(family, member);
        return age == null || age < rules.minorAgeBelow();
    }

    /** The year the member was born: {@code born}, else the case's date less the age; null when neither is known. */
    static Integer birthYear(Family family, Member member) {
        if (member.born() != null) {
            return member.born().year();
        }
        return member.age() != null && family.date() != null ? family.date().year() - member.age() : null;
    }

    /** childhood(c, r): r concerns c as a child. */
    static Childhood childhood(Family family, Member child, Relationship r, Rules rules) {
        if (minor(family, child, rules)) {
            return Childhood.NOW;
        }
        Since since = r.since();
        if (since == null) {
            return Childhood.NOT_SAID;
        }
        if (since.childhood()) {
            return Childhood.SINCE;
        }
        Integer born = birthYear(family, child);
        if (born == null) {
            return Childhood.NOT_SAID;
        }
        return since.date().year() - born < rules.minorAgeBelow() ? Childhood.SINCE : Childhood.ADULT;
    }

    /** Whether a relationship concerns its member as a child, and how the file says so. */
    enum Childhood {
        /** The member is a minor now. */
        NOW,
        /** An adult whose relationship began in childhood ({@code since}). */
        SINCE,
        /** An adult, and nothing says when the relationship began (or the birth year is unknown). */
        NOT_SAID,
        /** An adult, and the relationship began in adulthood. */
        ADULT;

        boolean counts() {
            return this == NOW || this == SINCE;
        }
    }
}

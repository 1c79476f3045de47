package org.famstruct.load;

import java.util.List;
import org.famstruct.model.Executive;
import org.famstruct.model.Gender;
import org.famstruct.model.Member;
import org.famstruct.model.Vocabulary;
import org.famstruct.model.YearOrDate;

/** Reads one entry of {@code members:}. */
final class MemberReader {
    static final List<String> KEYS = List.of("name", "gender", "born", "died", "deceased", "age", "generation",
            "parents", "role", "identified_patient", "ip", "executive", "household", "pet");
    private static final List<String> GENDERS = Vocabulary.GENDERS.subList(0, 4);

    private MemberReader() {}

    /** Checks the id's spelling; the caller checks that it is unique. */
    static boolean validId(YNode.Scalar key, ReadContext ctx) {
        String id = key.value();
        if (!ReadContext.MEMBER_ID.matcher(id).matches()) {
            ctx.error(key.pos(), "member id '" + id + "' must start with a letter and use only letters, digits, "
                    + "'_' and '-'");
            return false;
        }
        if (id.length() > ReadContext.MAX_ID_LENGTH) {
            ctx.error(key.pos(), "member id '" + id.substring(0, 20) + "...' is longer than "
                    + ReadContext.MAX_ID_LENGTH + " characters");
            return false;
        }
        return true;
    }

    static Member read(YNode.Scalar key, YNode value, ReadContext ctx) {
        String id = ctx.id(key.value());
        Fields f = Fields.of(value, "member '" + id + "'", KEYS, ctx);
        if (f == null) {
            return null;
        }
        String name = f.has("name") ? ctx.string(f.get("name"), "name") : null;
        Gender gender = Gender.UNKNOWN;
        if (f.has("gender")) {
            String text = ctx.string(f.get("gender"), "gender");
            if (text != null) {
                gender = Gender.parse(text).orElse(null);
                if (gender == null) {
                    ctx.error(f.get("gender").pos(), "gender must be male, female, nonbinary or unknown (or m, f, x, ?), "
                            + "not '" + text + "'" + Suggest.hint(text, GENDERS));
                    gender = Gender.UNKNOWN;
                }
            }
        }
        YearOrDate born = f.has("born") ? ctx.yearOrDate(f.get("born"), "born") : null;
        YearOrDate died = f.has("died") ? ctx.yearOrDate(f.get("died"), "died") : null;
        boolean deceased = died != null;
        if (f.has("deceased")) {
            Boolean flag = ctx.bool(f.get("deceased"), "deceased");
            if (Boolean.FALSE.equals(flag) && died != null) {
                ctx.error(f.get("deceased").pos(), "deceased: false contradicts died: " + died);
            }
            deceased |= Boolean.TRUE.equals(flag);
        }
        Integer age = f.has("age") ? ctx.integer(f.get("age"), "age", 0, 130) : null;
        Integer generation = f.has("generation") ? ctx.integer(f.get("generation"), "generation", 0, 10_000) : null;
        List<String> parents = List.of();
        if (f.has("parents")) {
            List<String> read = ctx.memberRefs(f.get("parents"), "parents", 1, 2);
            if (read != null && read.contains(id)) {
                ctx.error(f.get("parents").pos(), "member '" + id + "' cannot be their own parent");
            } else if (read != null) {
                parents = read;
            }
        }
        String role = f.has("role") ? ctx.string(f.get("role"), "role") : null;
        if (f.has("identified_patient") && f.has("ip")) {
            ctx.error(f.keyPos("ip"), "give either identified_patient or its alias ip, not both");
        }
        String ipKey = f.has("ip") ? "ip" : "identified_patient";
        boolean ip = f.has(ipKey) && Boolean.TRUE.equals(ctx.bool(f.get(ipKey), ipKey));
        Executive executive = f.has("executive") ? executive(f.get("executive"), id, ctx) : Executive.NONE;
        String household = f.has("household") ? ctx.string(f.get("household"), "household") : null;
        boolean pet = f.has("pet") && Boolean.TRUE.equals(ctx.bool(f.get("pet"), "pet"));
        return new Member(id, name == null ? id : name, gender, born, died, deceased, age, generation, parents,
                role, ip, executive, household, pet, key.pos());
    }

    private static Executive executive(YNode node, String id, ReadContext ctx) {
        if (node instanceof YNode.Scalar scalar && scalar.plain()
                && (scalar.value().equalsIgnoreCase("true") || scalar.value().equalsIgnoreCase("false"))) {
            return ctx.bool(node, "executive") ? Executive.ALL : Executive.NONE;
        }
        if (!(node instanceof YNode.Seq)) {
            ctx.error(node.pos(), "executive must be true, false or a list of member ids, not " + node.describe());
            return Executive.NONE;
        }
        List<String> over = ctx.memberRefs(node, "executive", 1, Integer.MAX_VALUE);
        if (over == null) {
            return Executive.NONE;
        }
        if (over.contains(id)) {
            ctx.error(node.pos(), "member '" + id + "' cannot be executive over themselves");
            return Executive.NONE;
        }
        return new Executive(false, over);
    }
}

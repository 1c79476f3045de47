package org.famstruct.detect;

import java.util.List;
import java.util.function.Consumer;
import org.famstruct.model.PatternIds;

/**
 * {@code detouring-attacking}: parents in conflict who unite in blaming a "bad" child, so that
 * their own conflict is avoided (Minuchin, Rosman & Baker 1978; the scapegoat of BSFT).
 */
public final class DetouringAttackingDetector implements Detector {

    @Override
    public String id() {
        return PatternIds.DETOURING_ATTACKING;
    }

    @Override
    public String summary() {
        return "Parents in conflict united in blaming a child.";
    }

    @Override
    public String rule() {
        return "Two executives a and b of a child c, with opp(a,b) (covert counts) or distant between them, who "
                + "both have an attacking relationship toward c (default: blames, conflict, abuses; hostile is an "
                + "alias of conflict). Parents who jointly discipline a child without conflict or distance between "
                + "them are not reported. covert_conflict: their conflict is only covert; identified_patient: the "
                + "child's flag.";
    }

    @Override
    public List<String> references() {
        return List.of(References.MINUCHIN_ROSMAN_BAKER_1978, References.MINUCHIN_1974, References.SZAPOCZNIK_2003);
    }

    @Override
    public List<String> ruleKeys() {
        return List.of(RulesFile.DETOURING_ATTACKING_TYPES);
    }

    @Override
    public void detect(DetectionContext context, Consumer<Finding> sink) {
        Detouring.detect(id(), context.rules().attackingTypes(), "blaming", context, sink);
    }
}

package org.famstruct.detect;

import java.util.List;
import java.util.function.Consumer;
import org.famstruct.model.Pattern;

/**
 * {@code detouring-attacking}: parents in conflict who unite in blaming a "bad" child, so that
 * their own conflict is avoided (Minuchin, Rosman & Baker 1978; the scapegoat of BSFT).
 */
public final class DetouringAttackingDetector implements Detector {

    @Override
    public Pattern pattern() {
        return Pattern.DETOURING_ATTACKING;
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
    public void detect(DetectionContext context, Consumer<Finding> sink) {
        Detouring.detect(pattern(), context.rules().attackingTypes(), "blaming", context, sink);
    }

    @Override
    public Explanation explain(DetectionContext context, ExplainQuery query) {
        return Detouring.explain(pattern(), context.rules().attackingTypes(), "blaming", context, query);
    }
}

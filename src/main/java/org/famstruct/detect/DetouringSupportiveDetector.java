package org.famstruct.detect;

import java.util.List;
import java.util.function.Consumer;
import org.famstruct.model.Pattern;

/**
 * {@code detouring-supportive}: parents in conflict who unite in protecting a "sick" child, so
 * that their own conflict is avoided (Minuchin, Rosman & Baker 1978, the psychosomatic family).
 */
public final class DetouringSupportiveDetector implements Detector {

    @Override
    public Pattern pattern() {
        return Pattern.DETOURING_SUPPORTIVE;
    }

    @Override
    public String rule() {
        return "Two executives a and b of a child c (both parents, or a parent and a co-executive), with "
                + "opp(a,b) (covert counts) or distant between them, who both have a supportive-focus relationship "
                + "toward c (default: overprotects, focused-on, fused, caretakes). Without conflict or distance "
                + "between them, shared concern is an appropriate parental alignment and is not reported. "
                + "covert_conflict: their conflict is only covert; identified_patient: the child's flag.";
    }

    @Override
    public void detect(DetectionContext context, Consumer<Finding> sink) {
        Detouring.detect(pattern(), context.rules().supportiveTypes(), "protecting", context, sink);
    }

    @Override
    public Explanation explain(DetectionContext context, ExplainQuery query) {
        return Detouring.explain(pattern(), context.rules().supportiveTypes(), "protecting", context, query);
    }
}

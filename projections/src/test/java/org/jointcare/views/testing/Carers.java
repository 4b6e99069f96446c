package org.jointcare.views.testing;

import java.util.List;
import org.jointcare.carerecord.carers.CarerOutcome;
import org.jointcare.carerecord.carers.CarerOutcomeAssessment;
import org.jointcare.carerecord.carers.CarerUnableReason;
import org.jointcare.carerecord.carers.CarersAssessmentFindings;
import org.jointcare.carerecord.carers.NamedCarer;

/** Carers and what their assessments find, for the stories. */
public final class Carers {

    public static final NamedCarer JEAN = new NamedCarer("Jean Hughes", "daughter", "01392 000000");

    private Carers() {
    }

    /** Eligible: her health is at risk and she has had no break for months. */
    public static CarersAssessmentFindings struggling() {
        return new CarersAssessmentFindings(true, true, List.of(new CarerOutcomeAssessment(
                CarerOutcome.RECREATIONAL_ACTIVITIES, false, CarerUnableReason.CANNOT_WITHOUT_ASSISTANCE, "No break since spring")),
                true, true, "I need a night off each week");
    }

    /** Not eligible: managing, with no impact on wellbeing. */
    public static CarersAssessmentFindings coping() {
        return new CarersAssessmentFindings(true, false, List.of(), false, true, "We manage");
    }
}

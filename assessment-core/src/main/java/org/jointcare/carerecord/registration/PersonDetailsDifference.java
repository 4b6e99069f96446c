package org.jointcare.carerecord.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which of a person's details differ between two versions, by the names the API and the views use. */
public final class PersonDetailsDifference {

    private PersonDetailsDifference() {
    }

    /** The names of the details that differ, in the order of {@link PersonDetails}; all of them when there is no earlier version. */
    public static List<String> between(PersonDetails before, PersonDetails after) {
        List<String> changed = new ArrayList<>();
        if (before == null) {
            before = new PersonDetails(null, null, null, null, null, null, !after.interpreterNeeded(), null, null, null, null);
        }
        note(changed, "givenName", before.givenName(), after.givenName());
        note(changed, "familyName", before.familyName(), after.familyName());
        note(changed, "dateOfBirth", before.dateOfBirth(), after.dateOfBirth());
        note(changed, "registeredPracticeCode", before.registeredPracticeCode(), after.registeredPracticeCode());
        note(changed, "locality", before.locality(), after.locality());
        note(changed, "preferredLanguage", before.preferredLanguage(), after.preferredLanguage());
        note(changed, "interpreterNeeded", before.interpreterNeeded(), after.interpreterNeeded());
        note(changed, "communicationNeeds", before.communicationNeeds(), after.communicationNeeds());
        note(changed, "livingSituation", before.livingSituation(), after.livingSituation());
        note(changed, "carers", before.carers(), after.carers());
        Characteristics was = before.characteristics();
        Characteristics is = after.characteristics();
        note(changed, "gender", was.gender(), is.gender());
        note(changed, "ethnicity", was.ethnicity(), is.ethnicity());
        note(changed, "primarySupportReason", was.primarySupportReason(), is.primarySupportReason());
        note(changed, "accommodationStatus", was.accommodationStatus(), is.accommodationStatus());
        note(changed, "employmentStatus", was.employmentStatus(), is.employmentStatus());
        return List.copyOf(changed);
    }

    private static void note(List<String> changed, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(name);
        }
    }
}

package org.jointcare.api.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jointcare.api.access.PersonAccess;
import org.jointcare.views.sharing.SharingFacts;
import org.jointcare.views.sharing.SharingQueries;
import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.security.Handles;
import org.jointcare.api.web.ApiProblem;
import org.jointcare.api.web.ApiProblemException;
import org.jointcare.carerecord.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Finding people: by NHS number, by family name and date of birth, or a practice's registered
 * people. A search by name only reads the people the professional's work relates them to (their
 * {@link org.jointcare.views.sharing.SharingScope}), paged in the database; each person matched is
 * then decided by the sharing policy and written to the access log, answered or hidden.
 */
@RestController
@Validated
@Tag(name = "Finding people", description = "Searches and lists that only ever answer people you may reach")
public class PeopleController {

    public record PersonFound(java.util.UUID careRecordId, String nhsNumber, String givenName, String familyName,
                              LocalDate dateOfBirth, String registeredPracticeCode, String locality) {
        static PersonFound of(SharingFacts person) {
            return new PersonFound(person.careRecordId(), person.nhsNumber(), person.givenName(), person.familyName(),
                    person.dateOfBirth(), person.registeredPracticeCode(), person.locality());
        }
    }

    public record PeopleFound(int page, int size, List<PersonFound> items) {
    }

    private final SharingQueries people;
    private final PersonAccess access;

    public PeopleController(SharingQueries people, PersonAccess access) {
        this.people = people;
        this.access = access;
    }

    @Handles(ApiEndpoint.FIND_CARE_RECORDS)
    @Operation(summary = "Find people by NHS number, or by family name (and date of birth)",
            description = "Answers a page of the people you have a relationship with, empty when nobody you may see matches "
                    + "(whether searched by NHS number or by name). "
                    + "A hospital discharge team may look a person up by exact NHS number (identity only) to record their admission.")
    public PeopleFound find(@AuthenticationPrincipal CareProfessional who,
                            @RequestParam(required = false) @Pattern(regexp = "[0-9 -]{10,14}") String nhsNumber,
                            @RequestParam(required = false) @Size(min = 1, max = 200) String familyName,
                            @RequestParam(required = false) LocalDate dateOfBirth,
                            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        ApiEndpoint action = ApiEndpoint.FIND_CARE_RECORDS;
        if (nhsNumber != null && !org.jointcare.carerecord.registration.NhsNumber.isValid(nhsNumber.replaceAll("[\\s-]", ""))) {
            throw new ApiProblemException(ApiProblem.INVALID_PARAMETER.withFieldErrors("That is not a valid NHS number.",
                    List.of(new ApiProblem.FieldProblem("nhsNumber", "10 digits with a correct modulus-11 check digit"))));
        }
        if (nhsNumber != null) {
            // like a search by name: an empty page when nobody you may see has it, never a 404 that
            // would tell an NHS number apart from one nobody has
            List<PersonFound> found = access.lookedUp(who, people.findByNhsNumber(nhsNumber), action).stream()
                    .map(person -> found(who, person)).toList();
            return new PeopleFound(0, size, found);
        }
        if (familyName == null) {
            throw new ApiProblemException(ApiProblem.INVALID_PARAMETER.withFieldErrors(
                    "Search by nhsNumber, or by familyName (with dateOfBirth if known).",
                    List.of(new ApiProblem.FieldProblem("familyName", "required without nhsNumber"))));
        }
        // only people the caller's work reaches are read, and the page is cut from them in the database
        var scope = access.policy().searchScope(who, access.clock().instant());
        return new PeopleFound(page, size, reachable(who, people.search(scope, familyName, dateOfBirth, page, size), action));
    }

    @Handles(ApiEndpoint.LIST_PRACTICE_PEOPLE)
    @Operation(summary = "The people registered at a practice you serve",
            description = "404 (a list you may not see) for a practice you do not serve. People who refused consent outside your organisation are left out.")
    public PeopleFound registeredAt(@AuthenticationPrincipal CareProfessional who,
                                    @PathVariable @Pattern(regexp = "[A-Za-z0-9-]{2,16}") String practiceCode,
                                    @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        ApiEndpoint action = ApiEndpoint.LIST_PRACTICE_PEOPLE;
        access.servePracticeList(who, practiceCode, action);
        return new PeopleFound(page, size, reachable(who, people.registeredAt(Set.of(practiceCode), page, size), action));
    }

    /**
     * A hospital team must find the person in front of them before it can record the admission
     * that gives it a relationship: by exact NHS number it gets who the person is and the record's
     * id, no more than a demographics lookup, logged as one (and hidden, as everywhere, by refused
     * consent).
     */
    private static PersonFound found(CareProfessional who, SharingFacts person) {
        PersonFound found = PersonFound.of(person);
        return who.role() == Role.HOSPITAL_DISCHARGE_TEAM
                ? new PersonFound(found.careRecordId(), found.nhsNumber(), found.givenName(), found.familyName(),
                        found.dateOfBirth(), found.registeredPracticeCode(), null)
                : found;
    }

    /** Everyone matched is decided by the sharing policy and logged, one row each; only those allowed are answered. */
    private List<PersonFound> reachable(CareProfessional who, List<SharingFacts> matched, ApiEndpoint action) {
        return access.reachable(who, matched, action).stream().map(PersonFound::of).toList();
    }
}

package org.jointcare.api.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.directory.KnownOrganisations;
import org.jointcare.api.directory.NamesOrganisations;
import org.jointcare.api.directory.OrganisationKind;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.referral.ReceiveReferral;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Requester;
import org.jointcare.carerecord.referral.Urgency;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A requester from our own services (the practice's team, district nursing, social services)
 * names their organisation by a code the directory holds; the person, a carer, a hospital or
 * a voluntary organisation may name any code or none.
 */
@KnownOrganisations
public record ReceiveReferralRequest(
        @NotNull ReferralSource source,
        @NotNull @Valid RequesterRequest requester,
        @FreeText @NotBlank @Size(max = RequestShapes.TEXT) String reason,
        @NotNull Urgency urgency) implements NamesOrganisations {

    @Override
    public List<NamedCode> organisationCodes() {
        if (source == null || requester == null) {
            return List.of();
        }
        String field = "requester.organisationCode";
        String code = requester.organisationCode();
        return switch (source) {
            case GP, PRACTICE_NURSE -> List.of(NamedCode.of(field, code, OrganisationKind.PRACTICE));
            case DISTRICT_NURSE, HEALTH_VISITOR ->
                    List.of(NamedCode.of(field, code, OrganisationKind.NURSING_TEAM, OrganisationKind.PRACTICE));
            case SOCIAL_SERVICES -> List.of(NamedCode.of(field, code, OrganisationKind.SOCIAL_CARE_TEAM));
            case SELF, CARER, HOSPITAL, VOLUNTARY_ORGANISATION -> List.of();
        };
    }

    public ReceiveReferral toCommand(UUID careRecordId, UUID referralId, Actor by, Instant at) {
        return new ReceiveReferral(careRecordId, referralId, source,
                new Requester(requester.name(), requester.organisationCode()), reason, urgency, by, at);
    }
}

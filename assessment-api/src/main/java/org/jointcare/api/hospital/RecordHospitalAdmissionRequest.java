package org.jointcare.api.hospital;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.directory.KnownOrganisations;
import org.jointcare.api.directory.NamesOrganisations;
import org.jointcare.api.directory.OrganisationKind;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.hospital.Admission;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.RecordHospitalAdmission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@KnownOrganisations
public record RecordHospitalAdmissionRequest(
        @NotBlank @Size(max = RequestShapes.NAME) String hospitalName,
        @NotBlank @Pattern(regexp = RequestShapes.CODE, message = "must be the trust's organisation code such as RD1") String hospitalCode,
        @NotBlank @Size(max = RequestShapes.NAME) String ward,
        @NotNull @PastOrPresent Instant admittedAt,
        @NotNull AdmissionType type,
        Boolean privatePatient) implements NamesOrganisations {

    @Override
    public List<NamedCode> organisationCodes() {
        return List.of(NamedCode.of("hospitalCode", hospitalCode, OrganisationKind.HOSPITAL_TRUST));
    }

    public RecordHospitalAdmission toCommand(UUID careRecordId, UUID admissionId, Actor by, Instant at) {
        return new RecordHospitalAdmission(careRecordId, admissionId, new Admission(hospitalName, hospitalCode, ward,
                admittedAt, type, Boolean.TRUE.equals(privatePatient)), by, at);
    }
}

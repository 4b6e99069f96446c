package org.jointcare.api.fhir;

import java.util.Optional;

import org.jointcare.api.directory.Directory;
import org.jointcare.api.directory.NursingTeam;
import org.jointcare.api.directory.Practice;
import org.jointcare.api.directory.Professional;
import org.jointcare.api.directory.SocialCareTeam;
import org.jointcare.interop.fhir.DirectoryNames;
import org.springframework.stereotype.Component;

/** The directory's names for the codes a FHIR document carries: practices, teams and professionals. */
@Component
class DirectoryFhirNames implements DirectoryNames {

    private final Directory directory;

    DirectoryFhirNames(Directory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<String> organisationName(String code) {
        return directory.practice(code).map(Practice::name)
                .or(() -> directory.team(code).map(NursingTeam::name))
                .or(() -> directory.socialCareTeam(code).map(SocialCareTeam::name));
    }

    @Override
    public Optional<String> professionalName(String userId) {
        return directory.professional(userId).map(Professional::displayName);
    }
}

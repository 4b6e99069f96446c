package org.jointcare.api.directory;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.stream.Collectors;

/** Looks each named code up in the directory; made by Spring, so it is given the directory. */
public class KnownOrganisationsValidator implements ConstraintValidator<KnownOrganisations, NamesOrganisations> {

    private final Directory directory;

    public KnownOrganisationsValidator(Directory directory) {
        this.directory = directory;
    }

    @Override
    public boolean isValid(NamesOrganisations request, ConstraintValidatorContext context) {
        if (request == null) {
            return true;
        }
        boolean valid = true;
        for (NamesOrganisations.NamedCode named : request.organisationCodes()) {
            if (named.code() == null || named.code().isBlank()
                    || named.kinds().stream().anyMatch(kind -> directory.hasOrganisation(kind, named.code()))) {
                continue;
            }
            if (valid) {
                context.disableDefaultConstraintViolation();
                valid = false;
            }
            String kinds = named.kinds().stream().sorted().map(OrganisationKind::words).collect(Collectors.joining(" or "));
            var violation = context.buildConstraintViolationWithTemplate(
                    "there is no " + kinds + " with this code in the directory");
            String[] path = named.field().split("\\.");
            var node = violation.addPropertyNode(path[0]);
            for (int i = 1; i < path.length; i++) {
                node = node.addPropertyNode(path[i]);
            }
            node.addConstraintViolation();
        }
        return valid;
    }
}

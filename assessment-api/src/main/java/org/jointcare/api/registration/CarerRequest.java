package org.jointcare.api.registration;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.registration.Carer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CarerRequest(
        @NotBlank @Size(max = RequestShapes.NAME) String name,
        @Size(max = RequestShapes.NAME) String relationship,
        @Size(max = RequestShapes.NAME) String contact,
        @FreeText @Size(max = RequestShapes.TEXT) String ownNeeds) {

    Carer toCarer() {
        return new Carer(name, relationship, contact, ownNeeds);
    }
}

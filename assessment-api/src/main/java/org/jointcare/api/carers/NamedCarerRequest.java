package org.jointcare.api.carers;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.carerecord.carers.NamedCarer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The carer as a named person: name, what they are to the person cared for, and how to reach them. */
public record NamedCarerRequest(
        @NotBlank @Size(max = RequestShapes.NAME) String name,
        @NotBlank @Size(max = RequestShapes.NAME) String relationship,
        @Size(max = RequestShapes.NAME) String contact) {

    NamedCarer toCarer() {
        return new NamedCarer(name, relationship, contact);
    }
}

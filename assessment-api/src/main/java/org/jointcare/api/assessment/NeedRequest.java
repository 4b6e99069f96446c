package org.jointcare.api.assessment;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.assessment.IdentifiedNeed;
import org.jointcare.carerecord.assessment.NeedDomain;
import org.jointcare.carerecord.assessment.NeedLevel;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record NeedRequest(
        @NotNull NeedDomain domain,
        @NotNull NeedLevel level,
        @FreeText @Size(max = RequestShapes.TEXT) String description) {

    IdentifiedNeed toNeed() {
        return new IdentifiedNeed(domain, level, description);
    }
}

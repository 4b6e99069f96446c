package org.jointcare.api.assessment;

import org.jointcare.api.command.RequestShapes;
import org.jointcare.api.web.FreeText;
import org.jointcare.carerecord.assessment.AgreedNeed;
import org.jointcare.carerecord.assessment.NeedDomain;
import org.jointcare.carerecord.assessment.NeedLevel;
import org.jointcare.carerecord.assessment.Responsibility;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record AgreedNeedRequest(
        @NotNull NeedDomain domain,
        @NotNull NeedLevel level,
        @NotNull Responsibility responsibility,
        @FreeText @Size(max = RequestShapes.TEXT) String description) {

    AgreedNeed toNeed() {
        return new AgreedNeed(domain, level, responsibility, description);
    }
}

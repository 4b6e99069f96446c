package org.jointcare.api.review;

import static org.jointcare.api.security.ApiEndpoint.*;

import java.util.UUID;

import org.jointcare.api.command.CareRecordChanges;
import org.jointcare.api.command.CommandResult;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.security.Handles;
import org.jointcare.api.web.ApiDocumentation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Scheduling and recording reviews, over HTTP. Every change goes the one way {@link CareRecordChanges} describes. */
@RestController
@Tag(name = "Care record commands", description = "Changes to one person's care record")
public class ReviewController {

    private static final String IF_MATCH_DOC = ApiDocumentation.IF_MATCH_DOC;

    private final CareRecordChanges changes;

    public ReviewController(CareRecordChanges changes) {
        this.changes = changes;
    }

    @Handles(SCHEDULE_REVIEW)
    @Operation(summary = "Schedule a review on request or on a change of circumstances")
    public ResponseEntity<CommandResult> scheduleReview(@PathVariable UUID careRecordId,
                                                        @Valid @RequestBody ScheduleReviewRequest body,
                                                        @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                        @AuthenticationPrincipal CareProfessional who) {
        UUID reviewId = UUID.randomUUID();
        return changes.change(who, careRecordId, SCHEDULE_REVIEW, ifMatch, "reviews", reviewId,
                at -> body.toCommand(careRecordId, reviewId, who.actor(), at));
    }

    @Handles(COMPLETE_REVIEW)
    @Operation(summary = "Record a review conducted with the person and carer")
    public ResponseEntity<CommandResult> completeReview(@PathVariable UUID careRecordId, @PathVariable UUID reviewId,
                                                        @Valid @RequestBody CompleteReviewRequest body,
                                                        @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                        @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, COMPLETE_REVIEW, ifMatch, "reviews", reviewId,
                at -> body.toCommand(careRecordId, reviewId, who.actor(), at));
    }
}

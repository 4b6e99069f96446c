package org.jointcare.api.views;

import java.util.Map;

import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.security.Handles;
import org.jointcare.api.web.ApiProblem;
import org.jointcare.api.web.ApiProblemException;
import org.jointcare.views.clientleveldata.ClientLevelDataReturn;
import org.jointcare.views.clientleveldata.Quarter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The Adult Social Care Client Level Data return for a council and a quarter, as the file the
 * submission takes, or the list of what to correct in the record first. The commissioner is the only
 * role that may produce it ({@link ApiEndpoint#PRODUCE_CLIENT_LEVEL_DATA_RETURN}); it is the one answer
 * in which a commissioner receives person-level data, so every person it names (or, naming none, the
 * production itself) is written to the access log with the statutory basis.
 *
 * <p>Its parameters are checked by Spring MVC's own method validation (not a {@code @Validated} proxy),
 * so a parameter written wrong answers 400 {@code invalid-parameter}, not a server error.
 */
@RestController
@Tag(name = "Views", description = "Each profession's view of the shared record")
public class ClientLevelDataController {

    private final ClientLevelDataReads returns;

    public ClientLevelDataController(ClientLevelDataReads returns) {
        this.returns = returns;
    }

    @Handles(ApiEndpoint.PRODUCE_CLIENT_LEVEL_DATA_RETURN)
    @Operation(summary = "The Client Level Data return of a quarter, as CSV (commissioner only)",
            description = "localAuthority is the council's code written in LA_Code; quarter a calendar quarter such as"
                    + " 2026-Q3 (July to September); locality narrows it to one locality. Answers the file (Release 2"
                    + " field names as headings) when every row passes the checks; otherwise 422"
                    + " client-level-data-not-valid listing each error with the care record and event to correct.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the return as the submission takes it",
                            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))),
                    @ApiResponse(responseCode = "422", description = "what to correct first",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class)))})
    public ResponseEntity<String> produce(@AuthenticationPrincipal CareProfessional who,
                                          @RequestParam @Pattern(regexp = "[A-Z0-9]{3,9}") String localAuthority,
                                          @RequestParam @Pattern(regexp = "\\d{4}-Q[1-4]") String quarter,
                                          @RequestParam(required = false) @Size(min = 1, max = 100) String locality) {
        ClientLevelDataReturn cld = returns.produce(who, localAuthority, locality, Quarter.parse(quarter));
        if (!cld.valid()) {
            ProblemDetail problem = ApiProblem.CLIENT_LEVEL_DATA_NOT_VALID.detail(cld.errors().size()
                    + " rows of the return break the specification's rules; correct the records named and ask again.");
            problem.setProperty("errors", cld.errors().stream().map(error -> Map.of(
                    "careRecordId", error.careRecordId(), "eventReference", error.eventReference(),
                    "field", error.field(), "rule", error.rule(), "message", error.message())).toList());
            throw new ApiProblemException(problem);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ClientLevelDataReads.fileName(cld)).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(cld.csv());
    }
}

package org.jointcare.api.views;

import java.nio.charset.StandardCharsets;

import org.jointcare.api.access.NoSuchList;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.views.clientleveldata.ClientLevelDataReturn;
import org.jointcare.views.clientleveldata.Quarter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The commissioner's download of the Client Level Data return, from the dashboard's form: the file
 * when it passes the checks, else a page listing what to correct, record by record. Produced through
 * {@link ClientLevelDataReads} as the endpoint does, so it is logged alike. Under {@code /commissioning/**},
 * the commissioner's alone ({@code PageArea}).
 */
@PageController
public class ClientLevelDataPages {

    private final ClientLevelDataReads returns;

    public ClientLevelDataPages(ClientLevelDataReads returns) {
        this.returns = returns;
    }

    @GetMapping("/commissioning/client-level-data.csv")
    public Object download(@AuthenticationPrincipal CareProfessional who,
                           @RequestParam(required = false) String localAuthority,
                           @RequestParam(required = false) String quarter,
                           @RequestParam(required = false) String locality, Model model) {
        String council = localAuthority == null ? "" : localAuthority.strip().toUpperCase(java.util.Locale.UK);
        String place = locality == null || locality.isBlank() ? null : locality.strip();
        if (!council.matches("[A-Z0-9]{3,9}") || quarter == null || !quarter.strip().matches("\\d{4}-Q[1-4]")
                || (place != null && place.length() > 100)) {
            throw new NoSuchList();
        }
        ClientLevelDataReturn cld = returns.produce(who, council, place, Quarter.parse(quarter.strip()));
        if (!cld.valid()) {
            model.addAttribute("cld", cld);
            return "commissioning/client-level-data-errors";
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(ClientLevelDataReads.fileName(cld)).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(cld.csv().getBytes(StandardCharsets.UTF_8));
    }
}

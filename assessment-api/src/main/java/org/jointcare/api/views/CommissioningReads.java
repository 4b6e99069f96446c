package org.jointcare.api.views;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.queryhandling.QueryGateway;
import org.jointcare.views.commissioning.CommissioningAreas;
import org.jointcare.views.commissioning.CommissioningFigure;
import org.jointcare.views.commissioning.CommissioningFigures;
import org.jointcare.views.commissioning.FindCommissioningAreas;
import org.jointcare.views.commissioning.FindCommissioningFigures;
import org.springframework.stereotype.Component;

/**
 * The commissioning view's reads, shared by the commissioning endpoints and the commissioner's
 * pages, so both answer the same de-identified (and suppressed) figures.
 */
@Component
public class CommissioningReads {

    /** The view's own largest page. */
    private static final int PAGE = 100;

    private final QueryGateway queries;

    public CommissioningReads(QueryGateway queries) {
        this.queries = queries;
    }

    public CommissioningAreas areas(int page, int size) {
        return queries.query(new FindCommissioningAreas(page, size), CommissioningAreas.class).join();
    }

    public CommissioningFigures figures(String practiceCode, String locality, YearMonth month, int page, int size) {
        return queries.query(new FindCommissioningFigures(practiceCode, locality, month, page, size),
                CommissioningFigures.class).join();
    }

    /** Every figure of the month for the practice and locality (either may be null), page by page. */
    public List<CommissioningFigure> allFigures(String practiceCode, String locality, YearMonth month) {
        List<CommissioningFigure> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            CommissioningFigures figures = figures(practiceCode, locality, month, page, PAGE);
            all.addAll(figures.figures());
            if (figures.figures().isEmpty() || all.size() >= figures.totalFigures()) {
                return all;
            }
        }
    }

    /** Every practice and locality that has figures (a few dozen in an integrated care board). */
    public List<org.jointcare.views.commissioning.CommissioningArea> allAreas() {
        List<org.jointcare.views.commissioning.CommissioningArea> all = new ArrayList<>();
        for (int page = 0; page < 100; page++) {
            CommissioningAreas areas = areas(page, PAGE);
            all.addAll(areas.areas());
            if (areas.areas().isEmpty() || all.size() >= areas.total()) {
                break;
            }
        }
        return all;
    }
}

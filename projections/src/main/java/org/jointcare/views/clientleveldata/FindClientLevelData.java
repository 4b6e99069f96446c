package org.jointcare.views.clientleveldata;

/**
 * The return of a reporting period for the council whose code is {@code localAuthorityCode} (written in
 * every row's LA_Code: the record holds no council of its own, see {@link ClientLevelDataQueries}),
 * narrowed to one locality (as commissioning groups people) or, with a null locality, everyone.
 */
public record FindClientLevelData(String localAuthorityCode, String locality, Quarter quarter) {

    public FindClientLevelData {
        if (quarter == null) {
            throw new IllegalArgumentException("The return is asked for by quarter");
        }
    }
}

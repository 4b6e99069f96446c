/**
 * The Adult Social Care Client Level Data (CLD) return, Release 2: the rows a council submits to NHS
 * England each quarter (one per request, assessment, service and review, carers on rows of their own),
 * kept as the events happen and checked against the specification before they are downloaded.
 * Field names, order and code lists: {@link org.jointcare.views.clientleveldata.CldColumn} and
 * {@link org.jointcare.views.clientleveldata.CldCodes} say which published list they follow.
 *
 * <p>This is the one view that answers person-level data to a commissioner: only the statutory return
 * reads it, and producing it is written to the access log.
 *
 * <p>Processing group {@code client-level-data}, streaming per person, batch 200. Tables {@code cld_row}
 * and {@code cld_record_state}. Query {@link org.jointcare.views.clientleveldata.FindClientLevelData} →
 * {@link org.jointcare.views.clientleveldata.ClientLevelDataReturn}.
 */
package org.jointcare.views.clientleveldata;

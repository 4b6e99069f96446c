/**
 * The record history: every event of one care record, ordered by its sequence number, with who
 * did it, when, what happened in plain words (no clinical detail) and, apart, the clinical detail
 * (medical history, prognosis, clinical summary, medication), worded once by
 * {@link org.jointcare.views.recordhistory.RecordHistoryWording}; and the record "as at" an instant — the
 * events recorded at or before it, folded by {@link org.jointcare.views.CareRecordState} at query
 * time into registration, consent, referrals and their states, assessments, the package in
 * force, the open admission, the review due and whether the record was closed.
 *
 * <p>Processing group {@code record-history}, streaming per person, batch 100, one segment. Table
 * {@code record_history_event} (the event's JSON kept for the fold). Queries
 * {@link org.jointcare.views.recordhistory.FindRecordHistory} →
 * {@link org.jointcare.views.recordhistory.RecordHistory} (paged, oldest first),
 * {@link org.jointcare.views.recordhistory.SharedCaseHistoryQuery} → {@code ViewPage<}
 * {@link org.jointcare.views.recordhistory.TimelineEntry}{@code >} (the same rows, newest first: the
 * district nurse's shared case history) and
 * {@link org.jointcare.views.recordhistory.FindRecordAsAt} → {@link org.jointcare.views.recordhistory.RecordAsAt}.
 * Who may read whose history is the API's decision.
 */
package org.jointcare.views.recordhistory;

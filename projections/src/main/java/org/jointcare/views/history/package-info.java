/**
 * The record history: every event of one care record, ordered by its sequence number, with who
 * did it, when, what happened in plain words (no clinical detail) and, apart, the clinical detail
 * (medical history, prognosis, clinical summary, medication), worded once by
 * {@link org.jointcare.views.history.HistoryWording}; and the record "as at" an instant — the
 * events recorded at or before it, folded by {@link org.jointcare.views.CareRecordState} at query
 * time into registration, consent, referrals and their states, assessments, the package in
 * force, the open admission, the review due and whether the record was closed.
 *
 * <p>Processing group {@code record-history}, streaming per person, batch 100, one segment. Table
 * {@code record_history_event} (the event's JSON kept for the fold). Queries
 * {@link org.jointcare.views.history.FindRecordHistory} →
 * {@link org.jointcare.views.history.RecordHistory} (paged, oldest first),
 * {@link org.jointcare.views.history.SharedCaseHistoryQuery} → {@code ViewPage<}
 * {@link org.jointcare.views.history.TimelineEntry}{@code >} (the same rows, newest first: the
 * district nurse's shared case history) and
 * {@link org.jointcare.views.history.FindRecordAsAt} → {@link org.jointcare.views.history.RecordAsAt}.
 * Who may read whose history is the API's decision.
 */
package org.jointcare.views.history;

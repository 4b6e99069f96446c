/**
 * The person's own record (the "client-held record"): everything held about one person, told to
 * them in plain English — who referred them, when and why; their needs; their package's
 * services, weekly cost and their own contribution; hospital stays; reviews; consent; closure.
 * No codes, no identifiers, no one else.
 *
 * <p>Processing group {@code own-record}, streaming per person, batch 100, one segment. Tables
 * {@code own_record} (what stands now, re-worded after every event) and {@code own_record_entry}
 * (the lines of each event, by sequence number and line; a line telling clinical content, the
 * person's medicines, is a line of its own marked clinical) and {@code own_record_state} (the
 * person's record as last folded, to word the next event by). Query
 * {@link org.jointcare.views.ownrecord.FindOwnRecord} answers an
 * {@code Optional<}{@link org.jointcare.views.ownrecord.OwnRecord}{@code >} (empty for an unknown
 * record): what has happened comes newest first, a page at a time, without the clinical lines
 * unless asked for them. Whether a review is overdue
 * is worded at query time from the injected clock.
 */
package org.jointcare.views.ownrecord;

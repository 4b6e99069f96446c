/**
 * The sharing view: for each person, what decides who may see them — registered practice,
 * locality, allocated linkworker (latest accepted referral), nursing team, open admission,
 * consent decision with its recording organisation and limits, emergency access grants, closed.
 *
 * <p>Processing group {@code sharing}, SUBSCRIBING ({@link org.jointcare.views.sharing.SharingViewDefinition}):
 * written in the transaction of the command whose events it reflects. Tables
 * {@code sharing_person}, {@code sharing_emergency_access}. Read directly, not
 * through the query bus, by {@link org.jointcare.views.sharing.SharingQueries} so the API can decide
 * access inside its request.
 */
package org.jointcare.views.sharing;

package org.jointcare.views.commissioning;

/** The practices and localities that have figures, with the months they span, a page (from 0) at a time. */
public record FindCommissioningAreas(int page, int size) {
}

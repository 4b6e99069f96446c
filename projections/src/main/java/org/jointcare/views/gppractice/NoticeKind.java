package org.jointcare.views.gppractice;

/** A practice is told when one of its registered people is admitted to hospital and when they are discharged. */
public enum NoticeKind {
    ADMISSION,
    DISCHARGE
}

package org.jointcare.carerecord.carers;

/** How a carer is supported: by a service in the cared-for person's package (respite, a sitting service), or by a plan of their own. */
public enum CarerSupportKind {
    SERVICE_IN_PACKAGE,
    OWN_SUPPORT_PLAN
}

package org.jointcare.api.command;

/** A body-less action (resuming a package, acknowledging a notice); an empty object is accepted too. */
public record NoDetails() {
}

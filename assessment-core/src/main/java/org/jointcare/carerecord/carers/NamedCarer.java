package org.jointcare.carerecord.carers;

import org.jointcare.carerecord.Personal;

/**
 * The carer as a named person in their own right: who they are, what they are to the person they
 * care for (daughter, neighbour, husband) and how to reach them. All of it is the carer's personal
 * data, kept encrypted in the store and erased with the record.
 */
public record NamedCarer(@Personal String name, @Personal String relationship, @Personal String contact) {
}

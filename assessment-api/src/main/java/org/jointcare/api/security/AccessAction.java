package org.jointcare.api.security;

/**
 * What an access-log row says was done: an endpoint of the API ({@link ApiEndpoint}) or a step of
 * signing in to the pages ({@link SignInAction}). The log stores {@link #name()}, so a type's
 * constants must keep their names once rows carry them.
 */
public interface AccessAction {

    String name();
}

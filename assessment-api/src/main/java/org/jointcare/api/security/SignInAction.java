package org.jointcare.api.security;

/** Signing in to the pages, as the access log records it (the API's own sign-in is per request, HTTP Basic or a token). */
public enum SignInAction implements AccessAction {
    /** Too many wrong passwords in a row: the user id is locked for a while. */
    SIGN_IN_LOCKED,
    /** A sign-in tried while the user id was locked: refused without checking the password. */
    SIGN_IN_WHILE_LOCKED
}

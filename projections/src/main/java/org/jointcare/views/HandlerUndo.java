package org.jointcare.views;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * In-memory changes an event handler makes beside its rows, undone with them when the handler's
 * savepoint is rolled back.
 *
 * <p>A streaming view runs each handler in a savepoint of its batch's transaction; when the
 * handler fails, the savepoint is rolled back and the event is parked, and the batch goes on. The
 * database forgets the handler's writes, but nothing tells memory: a view that keeps something
 * for the rest of the batch ({@link KeptCareRecordStates}) registers here how to take it back.
 * The savepoint's owner opens a scope before the handler ({@link #begin()}) and either
 * {@link #release()}s it (the changes stand with the transaction) or {@link #rollback()}s it (the
 * undos run, last first). Outside a scope (no savepoint: a failing handler fails the whole
 * transaction, which drops the batch's memory anyway) registering does nothing.
 *
 * <p>Scopes are per thread: a handler runs on one thread from its savepoint to its end.
 */
public final class HandlerUndo {

    private static final ThreadLocal<Deque<List<Runnable>>> SCOPES = ThreadLocal.withInitial(ArrayDeque::new);

    private HandlerUndo() {
    }

    /** Opens a scope: undos registered from now on belong to it. */
    public static void begin() {
        SCOPES.get().push(new ArrayList<>());
    }

    /** How to take back a change just made in memory, if the handler's savepoint is rolled back. */
    public static void onRollback(Runnable undo) {
        Deque<List<Runnable>> scopes = SCOPES.get();
        if (!scopes.isEmpty()) {
            scopes.peek().add(undo);
        }
    }

    /** The handler succeeded: its changes stand (and still go back if an enclosing scope is rolled back). */
    public static void release() {
        Deque<List<Runnable>> scopes = SCOPES.get();
        List<Runnable> undos = scopes.pop();
        if (!scopes.isEmpty()) {
            scopes.peek().addAll(undos);
        } else {
            SCOPES.remove();
        }
    }

    /** The handler's savepoint was rolled back: its in-memory changes are taken back, last first. */
    public static void rollback() {
        Deque<List<Runnable>> scopes = SCOPES.get();
        List<Runnable> undos = scopes.pop();
        if (scopes.isEmpty()) {
            SCOPES.remove();
        }
        for (int i = undos.size() - 1; i >= 0; i--) {
            undos.get(i).run();
        }
    }
}

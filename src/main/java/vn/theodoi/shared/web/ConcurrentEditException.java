package vn.theodoi.shared.web;

/**
 * The version a writer started from is no longer current: someone else saved in between.
 * The second writer is told (409), never silently overwrites.
 */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException() {
        super("The record was changed by someone else");
    }
}

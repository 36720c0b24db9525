package vn.theodoi.imports;

/** A sheet's import: judged by its dry run, then committed once. */
public enum ImportStatus {
    DRY_RUN,
    COMMITTED
}

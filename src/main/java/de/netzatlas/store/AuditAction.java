package de.netzatlas.store;

public enum AuditAction {
    INSERT, UPDATE, DELETE
}

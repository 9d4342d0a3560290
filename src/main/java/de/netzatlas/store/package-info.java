/**
 * The embedded H2 database: locating, locking, migrating and backing up the file, transactions,
 * settings and the audit log. With the {@code *Repository} classes the only code that touches jOOQ.
 */
package de.netzatlas.store;

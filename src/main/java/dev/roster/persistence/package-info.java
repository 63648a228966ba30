/**
 * Persistence: the data source (an embedded MariaDB when none is configured), the schema
 * migration that runs before anything else, and the readiness check on the database.
 */
package dev.roster.persistence;

/**
 * Platform: what every component stands on. The JAX-RS application and its roles, the data
 * source, the schema migration that runs before anything else, the readiness check, and the
 * wire-format helpers (request bodies, timestamps).
 */
package dev.roster.platform;

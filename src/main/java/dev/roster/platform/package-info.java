/**
 * Platform: what every component stands on. The JAX-RS application and its roles, the data
 * source, the schema migration that runs before anything else, the readiness check, the
 * wire-format helpers (request bodies, timestamps, ids), and the security filter that every
 * request and answer passes (headers, the cross-site rule for cookie calls, the body limit).
 */
package dev.roster.platform;

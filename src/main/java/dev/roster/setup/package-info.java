/**
 * First-run setup: creates the first administrator while none is active, exactly once.
 * Anonymous callers only; nothing here works once an administrator exists. No default
 * credentials ever ship.
 */
package dev.roster.setup;

/**
 * First-run setup: creates the first administrator while none is active, exactly once.
 * Anonymous callers only; nothing here works once an administrator exists. No default
 * credentials ever ship. The setup page ({@code SetupBacking}) calls the same service as the API.
 */
package dev.roster.setup;

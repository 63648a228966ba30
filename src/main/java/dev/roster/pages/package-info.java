/**
 * The pages that bring several components together: the layout and the login page (sessions
 * and setup), User Management and My Profile (users, sessions and API keys). Thin beans over
 * the components' services, which decide; their refusals become Faces messages.
 */
package dev.roster.pages;

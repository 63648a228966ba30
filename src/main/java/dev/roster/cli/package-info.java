/**
 * The admin command line ({@code target/roster-admin.jar}): useradd, usermod, userdel, userlist
 * and passwd, straight against the database, for enterprise IT's scripts and for the day the
 * last administrator's password is lost. It owns no rule: it runs the server's control classes
 * ({@code UserAdministration}, {@code Users}) over the same entities and changelog, outside the
 * container, as the actor "command line", which has no account of its own. Whoever can run it
 * with the database's coordinates may do anything an administrator may. Not part of the WAR.
 */
package dev.roster.cli;

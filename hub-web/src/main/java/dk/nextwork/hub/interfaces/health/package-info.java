/** MicroProfile Health checks: the database. */
package dk.nextwork.hub.interfaces.health;

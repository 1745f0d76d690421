/** JPA repositories, the data source, the Flyway migration at start-up and the optional demo data. */
package dk.nextwork.hub.infrastructure.persistence;

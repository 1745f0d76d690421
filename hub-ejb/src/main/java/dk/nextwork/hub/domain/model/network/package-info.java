/** The network picture's read model: every municipality's frozen scores and outcomes, read in one query per view. */
package dk.nextwork.hub.domain.model.network;

/** Stored free text searched for personal data it should never have held (CPR numbers); no JPA entity of its own. */
package dk.nextwork.hub.domain.model.personaldata;

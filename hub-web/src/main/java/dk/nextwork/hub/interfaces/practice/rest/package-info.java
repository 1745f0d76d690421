/** The practice library over REST. */
package dk.nextwork.hub.interfaces.practice.rest;

/** The practice library's pages: search, a practice, writing one, and suggestions. */
package dk.nextwork.hub.interfaces.practice.web;

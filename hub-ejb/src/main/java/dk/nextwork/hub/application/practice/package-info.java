/** Shared practice: descriptions, comments, trials in other municipalities, and the search. */
package dk.nextwork.hub.application.practice;

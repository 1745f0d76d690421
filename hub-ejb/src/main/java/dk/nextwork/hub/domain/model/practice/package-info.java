/** The shared practice library: practices, comments, trials ("afprøvet i") and how they are searched. */
package dk.nextwork.hub.domain.model.practice;

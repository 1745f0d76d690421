/** Self-assessments: drafts, key figures and ratings, submission, review and approval, and the scores frozen at approval. */
package dk.nextwork.hub.application.assessment;

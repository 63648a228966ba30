/**
 * Problems: the one mapping from refusals and failures to HTTP answers.
 *
 * <p>Services throw subclasses of {@link dev.roster.problems.BusinessException}; the
 * abstract middles ({@code NotFoundException}, {@code ConflictException}, ...) decide the
 * status in {@link dev.roster.problems.ProblemMapper}, the leaves in each component carry the
 * exact sentence. Every answer is {@code application/problem+json} with a readable
 * {@code detail} and never a stack trace, SQL text or class name. The pages show the same
 * sentences as Faces messages ({@link dev.roster.problems.FacesProblems}). Broken field rules,
 * declared as Bean Validation constraints, become 422 field errors through
 * {@link dev.roster.problems.Constraints}.
 */
package dev.roster.problems;

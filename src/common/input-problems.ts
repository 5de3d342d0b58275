/**
 * Several problems with one input, reported together: one BAD_USER_INPUT error per problem, each
 * naming its input path in `extensions.argument` (as graphql-js reports every bad variable, not only
 * the first). A resolver throws them as one error (`badUserInputs`); `inputProblemsPlugin` spreads it
 * into the response's errors.
 */

import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { codedError, ErrorCode } from './errors';
import type { GraphQLError } from 'graphql';

/** One problem: the input path at fault ("input.source.url") and a message saying what was expected and what arrived. */
export interface InputProblem {
  argument: string;
  message: string;
}

/** Longest shown value in a message; longer ones are cut, with their length. */
const MAX_SHOWN = 80;

/** How a value that arrived is shown: JSON, cut when long ("https://…" (2001 characters)), "nothing" when absent. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  if (typeof value === 'string' && json.length > MAX_SHOWN) return `${JSON.stringify(value.slice(0, MAX_SHOWN - 20))}… (${value.length} characters)`;
  return json;
}

/** `Argument "<path>" must be <expected>; got <got>.` */
export function inputProblem(argument: string, expected: string, got: string): InputProblem {
  return { argument, message: `Argument "${argument}" must be ${expected}; got ${got}.` };
}

/**
 * One error that carries every problem: its message lists them all (for a client without the
 * plugin), `extensions.argument` names the first, `extensions.problems` holds each.
 */
export function badUserInputs(problems: readonly InputProblem[]): GraphQLError {
  if (problems.length === 0) throw new Error('badUserInputs needs at least one problem.');
  const [first] = problems as [InputProblem, ...InputProblem[]];
  const message = problems.length === 1 ? first.message : `${problems.length} problems with the input: ${problems.map((p) => p.message).join(' ')}`;
  return codedError(ErrorCode.BAD_USER_INPUT, message, { argument: first.argument, problems: [...problems] });
}

/** The errors of a response with each error of `badUserInputs` spread into one error per problem. */
export function spreadInputProblems(errors: readonly GraphQLFormattedError[]): GraphQLFormattedError[] {
  return errors.flatMap((error) => {
    const problems = error.extensions?.['problems'];
    if (error.extensions?.['code'] !== ErrorCode.BAD_USER_INPUT || !Array.isArray(problems)) return [error];
    return (problems as InputProblem[]).map((p) => ({
      message: p.message,
      ...(error.locations !== undefined ? { locations: error.locations } : {}),
      ...(error.path !== undefined ? { path: error.path } : {}),
      extensions: { code: ErrorCode.BAD_USER_INPUT, argument: p.argument },
    }));
  });
}

/** Spreads the problems of `badUserInputs` errors in every response (see spreadInputProblems). */
export const inputProblemsPlugin: ApolloServerPlugin<object> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind === 'single' && response.body.singleResult.errors !== undefined) {
          response.body.singleResult.errors = spreadInputProblems(response.body.singleResult.errors);
        }
      },
    };
  },
};

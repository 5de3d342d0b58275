/** A small GraphQL client for the pages: POSTs to /graphql on the server that served the page. */

export const GRAPHQL_PATH = '/graphql';

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string };
}

/** Thrown when the server answers with errors (or not at all). */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly errors: GraphQLErrorShape[] = [],
  ) {
    super(message);
  }
}

/** Runs one operation and returns its data; throws GraphQLRequestError on any error. */
export async function runQuery<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body: { data?: T | null; errors?: GraphQLErrorShape[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError(`The server answered ${response.status} ${response.statusText}`);
  }
  if (body.errors !== undefined && body.errors.length > 0) {
    throw new GraphQLRequestError(body.errors.map((e) => e.message).join('; '), body.errors);
  }
  if (body.data === undefined || body.data === null) throw new GraphQLRequestError('The server returned no data');
  return body.data;
}

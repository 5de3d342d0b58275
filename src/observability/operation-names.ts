/**
 * Operation names used as metric labels. Only the names of the operations in schema/operations
 * (the documented ones) become labels; any other name is counted as `other` and an anonymous
 * operation as `anonymous`, so a client cannot grow the label set (and Prometheus's memory).
 */

import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { projectRoot } from '../neo4j/embedded/launcher';

export const OTHER_OPERATION = 'other';
export const ANONYMOUS_OPERATION = 'anonymous';

/** The operation names defined in the .graphql files of `dir` (empty when the folder is missing). */
export function knownOperationNames(dir: string = path.join(projectRoot(), 'schema', 'operations')): Set<string> {
  const names = new Set<string>();
  if (!fs.existsSync(dir)) return names;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
    try {
      for (const definition of parse(fs.readFileSync(path.join(dir, file), 'utf8')).definitions) {
        if (definition.kind === 'OperationDefinition' && definition.name !== undefined) names.add(definition.name.value);
      }
    } catch {
      // A broken example file must not stop the server; its operations are counted as `other`.
    }
  }
  return names;
}

/** The label for an operation name: itself when known, else `other` (or `anonymous`). */
export function operationLabel(name: string | null | undefined, known: ReadonlySet<string>): string {
  if (name === null || name === undefined || name === '') return ANONYMOUS_OPERATION;
  return known.has(name) ? name : OTHER_OPERATION;
}

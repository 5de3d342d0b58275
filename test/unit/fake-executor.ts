/** A stand-in for the Executor that records the Cypher and parameters it is given (no database). */

import type { Executor } from '../../src/neo4j/executor';

export interface RecordedCall {
  cypher: string;
  params: Record<string, unknown>;
}

export function fakeExecutor(answer: (cypher: string, params: Record<string, any>) => unknown[] = () => []) {
  const calls: RecordedCall[] = [];
  const executor = {
    read: async (cypher: string, params: Record<string, unknown> = {}) => {
      calls.push({ cypher, params });
      return answer(cypher, params);
    },
    write: async (cypher: string, params: Record<string, unknown> = {}) => {
      calls.push({ cypher, params });
      return answer(cypher, params);
    },
    // A transaction's statements are recorded like single ones, in order.
    writeTransaction: async <T>(work: (run: (cypher: string, params?: Record<string, unknown>) => Promise<unknown[]>) => Promise<T>) =>
      work(async (cypher, params = {}) => {
        calls.push({ cypher, params });
        return answer(cypher, params);
      }),
    readTransaction: async <T>(work: (run: (cypher: string, params?: Record<string, unknown>) => Promise<unknown[]>) => Promise<T>) =>
      work(async (cypher, params = {}) => {
        calls.push({ cypher, params });
        return answer(cypher, params);
      }),
    fork() {
      return executor;
    },
    queryCount: 0,
  };
  return { executor: executor as unknown as Executor, calls };
}

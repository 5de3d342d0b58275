/**
 * Counts the Cypher statements one request runs through @neo4j/graphql: each request hands the
 * library (as `context.executionContext`) a thin view of the shared driver whose sessions and
 * transactions add one to the request's counter per statement sent (session.run, tx.run inside
 * executeRead / executeWrite, driver.executeQuery). The pool, connections and everything else are the
 * shared driver's.
 */

import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

/** Statements run so far by one request. */
export interface StatementCounter {
  count: number;
}

/** A proxy of `target` in which `overrides` replace some methods; every other method stays bound to the target. */
function withOverrides<T extends object>(target: T, overrides: Partial<Record<keyof T, unknown>>): T {
  return new Proxy(target, {
    get(obj, prop) {
      if (Object.prototype.hasOwnProperty.call(overrides, prop)) return overrides[prop as keyof T];
      const value: unknown = Reflect.get(obj, prop, obj);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(obj) : value;
    },
  });
}

function countingTransaction(tx: ManagedTransaction, counter: StatementCounter): ManagedTransaction {
  return withOverrides(tx, {
    run: ((...args: Parameters<ManagedTransaction['run']>) => {
      counter.count += 1;
      return tx.run(...args);
    }) as ManagedTransaction['run'],
  });
}

function countingSession(session: Session, counter: StatementCounter): Session {
  return withOverrides(session, {
    run: ((...args: Parameters<Session['run']>) => {
      counter.count += 1;
      return session.run(...args);
    }) as Session['run'],
    executeRead: ((work: (tx: ManagedTransaction) => unknown, config?: Parameters<Session['executeRead']>[1]) =>
      session.executeRead((tx) => work(countingTransaction(tx, counter)), config)) as Session['executeRead'],
    executeWrite: ((work: (tx: ManagedTransaction) => unknown, config?: Parameters<Session['executeWrite']>[1]) =>
      session.executeWrite((tx) => work(countingTransaction(tx, counter)), config)) as Session['executeWrite'],
  });
}

/** A view of `driver` that counts into `counter` every statement run through it. */
export function countingDriver(driver: Driver, counter: StatementCounter): Driver {
  return withOverrides(driver, {
    session: ((config?: Parameters<Driver['session']>[0]) => countingSession(driver.session(config), counter)) as Driver['session'],
    executeQuery: ((...args: Parameters<Driver['executeQuery']>) => {
      counter.count += 1;
      return driver.executeQuery(...args);
    }) as Driver['executeQuery'],
  });
}

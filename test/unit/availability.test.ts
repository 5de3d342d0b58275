/** Availability without a database: a fake driver that is reachable or not, on demand. */

import type { Driver } from 'neo4j-driver';
import { Availability } from '../../src/neo4j/availability';

function fakeDriver() {
  const state = { up: false, checks: 0 };
  const driver = {
    verifyConnectivity: async () => {
      state.checks += 1;
      if (!state.up) throw new Error('connect ECONNREFUSED 127.0.0.1:7999');
      return {};
    },
  } as unknown as Driver;
  return { driver, state };
}

describe('Availability', () => {
  it('starts unavailable with the reason, refuses work at once, and prepares when Neo4j appears', async () => {
    const { driver, state } = fakeDriver();
    let prepared = 0;
    const changes: string[] = [];
    const availability = new Availability(driver, {
      database: 'neo4j',
      intervalMs: 60_000,
      prepare: async () => void (prepared += 1),
      onChange: (s) => changes.push(s),
    });
    await availability.start();
    expect(availability.state).toBe('unavailable');
    expect(availability.reason).toBe('Neo4j is not reachable: connect ECONNREFUSED 127.0.0.1:7999');
    expect(() => availability.assertAvailable()).toThrow(expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE' } }));
    expect(prepared).toBe(0);

    state.up = true;
    await availability.check();
    expect(availability.ready).toBe(true);
    expect(availability.reason).toBeUndefined();
    expect(() => availability.assertAvailable()).not.toThrow();
    expect(prepared).toBe(1);

    // Checks while up do not prepare again; a lost connection does, once Neo4j is back.
    await availability.check();
    expect(prepared).toBe(1);
    state.up = false;
    availability.reportUnavailable('Connection lost');
    expect(availability.ready).toBe(false);
    await availability.check();
    state.up = true;
    await availability.check();
    expect(prepared).toBe(2);
    expect(changes).toEqual(['unavailable', 'ready', 'unavailable', 'ready']);
    availability.stop();
    expect(availability.state).toBe('stopped');
  });

  it('stays unavailable while preparing fails', async () => {
    const { driver, state } = fakeDriver();
    state.up = true;
    const availability = new Availability(driver, {
      database: 'neo4j',
      intervalMs: 60_000,
      prepare: async () => {
        throw new Error('schema could not be applied');
      },
    });
    await availability.start();
    expect(availability.ready).toBe(false);
    expect(availability.reason).toContain('schema could not be applied');
    availability.stop();
  });
});

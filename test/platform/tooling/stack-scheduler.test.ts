import { runScheduled, Schedulable } from '../../../templates/platform/tooling/stack-scheduler';

const item = (name: string, ...dependencies: string[]): Schedulable => ({ name, dependencies });
const ITEMS = [item('account'), item('east', 'account'), item('west', 'account', 'east'), item('replication', 'east', 'west'), item('other')];

async function schedule(ordering: 'none' | 'dependencies' | 'reverse', concurrency: number, fail: string[] = []) {
  const started: string[] = [];
  const skipped: string[] = [];
  await runScheduled(ITEMS, {
    concurrency,
    ordering,
    run: async (i) => {
      started.push(i.name);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (fail.includes(i.name)) throw new Error('boom');
      return 'succeeded';
    },
    skip: (i, blockedBy) => skipped.push(`${i.name} <- ${blockedBy}`),
  });
  return { started, skipped };
}

describe('stack scheduler', () => {
  test('keeps the given order as far as prerequisites allow', async () => {
    expect((await schedule('dependencies', 1)).started).toEqual(['account', 'east', 'west', 'replication', 'other']);
    expect((await schedule('dependencies', 2)).started).toEqual(['account', 'other', 'east', 'west', 'replication']);
    expect((await schedule('reverse', 1)).started).toEqual(['replication', 'west', 'east', 'account', 'other']);
    expect((await schedule('none', 5)).started).toEqual(['account', 'east', 'west', 'replication', 'other']);
  });

  test('a rejected run is a failure that skips what waits for it, transitively', async () => {
    const { started, skipped } = await schedule('dependencies', 2, ['east']);
    expect(started).toEqual(['account', 'other', 'east']);
    expect(skipped).toEqual(['west <- east', 'replication <- east']);
    expect((await schedule('none', 2, ['east'])).skipped).toEqual([]);
  });

  test('refuses a concurrency that is not a positive integer', async () => {
    await expect(runScheduled(ITEMS, { concurrency: 0, ordering: 'none', run: async () => 'succeeded', skip: () => undefined })).rejects.toThrow(
      'concurrency must be a positive integer (got 0)',
    );
  });
});

/** Something that can be scheduled: a name and the names of what it depends on. */
export interface Schedulable {
  readonly name: string;
  readonly dependencies: readonly string[];
}

/**
 * How dependencies constrain the order of a run:
 * - `none`: every item may run at any time (e.g. `validate`, which never touches state);
 * - `dependencies`: an item starts after its dependencies succeeded (`plan`, `diff`, `deploy`);
 * - `reverse`: an item starts after every item that depends on it succeeded (`destroy`).
 * Only dependencies among the scheduled items count: selecting one stack runs just that stack.
 */
export type Ordering = 'none' | 'dependencies' | 'reverse';

export type ItemOutcome = 'succeeded' | 'failed';

export interface ScheduleOptions<T extends Schedulable> {
  /** How many items run at once (at least 1). */
  readonly concurrency: number;
  readonly ordering: Ordering;
  /** Runs one item; a rejected promise counts as a failure. */
  readonly run: (item: T) => Promise<ItemOutcome>;
  /** Called for an item that does not run because a prerequisite failed or was skipped. */
  readonly skip: (item: T, blockedBy: string) => void;
}

/**
 * Runs items with bounded concurrency, in the given order as far as their prerequisites allow. A failed item never
 * stops independent ones (an outage of one region must not block another); it skips what waits for it.
 * Resolves once every item ran or was skipped.
 */
export async function runScheduled<T extends Schedulable>(items: readonly T[], options: ScheduleOptions<T>): Promise<void> {
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
    throw new Error(`concurrency must be a positive integer (got ${options.concurrency})`);
  }
  const prerequisites = prerequisitesOf(items, options.ordering);
  const pending = [...items];
  const finished = new Map<string, ItemOutcome | 'skipped'>();
  const running = new Set<Promise<void>>();

  const nextReady = (): T | undefined => {
    for (let i = 0; i < pending.length; i++) {
      const item = pending[i];
      const blockedBy = prerequisites.get(item.name)!.find((p) => finished.has(p) && finished.get(p) !== 'succeeded');
      if (blockedBy) {
        pending.splice(i, 1);
        finished.set(item.name, 'skipped');
        options.skip(item, blockedBy);
        i = -1; // a skip may unblock (that is, skip) items earlier in the list
        continue;
      }
      if (prerequisites.get(item.name)!.every((p) => finished.get(p) === 'succeeded')) {
        pending.splice(i, 1);
        return item;
      }
    }
    return undefined;
  };

  for (;;) {
    let item: T | undefined;
    while (running.size < options.concurrency && (item = nextReady())) {
      const started = item;
      const task: Promise<void> = options
        .run(started)
        .catch((): ItemOutcome => 'failed')
        .then((outcome) => {
          finished.set(started.name, outcome);
          running.delete(task);
        });
      running.add(task);
    }
    if (running.size === 0) break;
    await Promise.race(running);
  }
  // Whatever is still pending waits for an item that can never finish: only possible with a cycle, which
  // dependencyOrder rejects before anything runs.
  for (const item of pending) options.skip(item, 'a dependency cycle');
}

function prerequisitesOf<T extends Schedulable>(items: readonly T[], ordering: Ordering): Map<string, string[]> {
  const names = new Set(items.map((i) => i.name));
  const result = new Map<string, string[]>(items.map((i) => [i.name, []]));
  if (ordering === 'none') return result;
  for (const item of items) {
    for (const dependency of item.dependencies.filter((d) => names.has(d))) {
      if (ordering === 'dependencies') result.get(item.name)!.push(dependency);
      else result.get(dependency)!.push(item.name);
    }
  }
  return result;
}

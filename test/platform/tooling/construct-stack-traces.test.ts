import { Lazy } from 'cdktf';
import '../../../templates/platform/engine';
import { installConstructStackTraces } from '../../../templates/platform/tooling/construct-stack-traces';

const INSTALLED = Symbol.for('secure-aws-stack.construct-stack-traces');

function creationStack(): string {
  const holder = { stack: '' };
  Error.captureStackTrace(holder);
  return holder.stack;
}

describe('creation stacks of constructs and tokens', () => {
  test('under jest (source-map-support in the main realm) the engine installs the plain formatter in the test realm', () => {
    expect((Error.prepareStackTrace as unknown as Record<symbol, unknown>)[INSTALLED]).toBe(true);
    // cdktf asks for every frame; V8's default depth is kept.
    expect(Lazy.anyValue({ produce: () => 1 }).creationStack).toHaveLength(10);
    expect(creationStack().split('\n')).toHaveLength(11);
  });

  test('real errors keep their source-mapped stack traces (the line of this TypeScript file)', () => {
    const line = Number(/construct-stack-traces\.test\.ts:(\d+):\d+/.exec(new Error('mapped').stack ?? '')?.[1]);
    expect(line).toBe(22);
  });

  test('where the realm has its own formatter (ts-node), real errors go to it and creation stacks do not', () => {
    const saved = Error.prepareStackTrace;
    const mapped: string[] = [];
    try {
      Error.prepareStackTrace = (error) => {
        mapped.push(String(error));
        return 'mapped';
      };
      installConstructStackTraces();
      expect(new Error('boom').stack).toBe('mapped');
      expect(creationStack()).toMatch(/^\[object Object\]\n {4}at /);
      expect(mapped).toEqual(['Error: boom']);
      const installed = Error.prepareStackTrace;
      installConstructStackTraces();
      expect(Error.prepareStackTrace).toBe(installed);
    } finally {
      Error.prepareStackTrace = saved;
    }
  });
});

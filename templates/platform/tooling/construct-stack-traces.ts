import { inspect, types } from 'util';

const INSTALLED = Symbol.for('secure-aws-stack.construct-stack-traces');

type PrepareStackTrace = (error: Error, callSites: NodeJS.CallSite[]) => unknown;

/**
 * cdktf records the creation stack of every token it makes (tens of thousands per app) by reading `.stack` of a
 * plain object, which runs `Error.prepareStackTrace`. Under the tasks' TypeScript loader (register-typescript.js),
 * ts-node and jest that is a source-mapping formatter, which maps every frame of every capture through the source
 * maps: a third of the synthesis time of a large app, a fifth of a test run. The creation stacks are only printed
 * when a token fails to resolve, so they are formatted the way V8 does by default (and as deep as V8's default
 * limit); real errors (Error objects) keep their source-mapped stack traces.
 *
 * Jest runs each test file in a realm of its own and installs source-map-support in the main realm: Node formats the
 * stacks of a realm without an `Error.prepareStackTrace` with the main realm's. There, real errors are given to the
 * main realm's formatter.
 */
export function installConstructStackTraces(): void {
  const own = Error.prepareStackTrace as (PrepareStackTrace & { [INSTALLED]?: true }) | undefined;
  if (own?.[INSTALLED]) return;
  const main = mainRealmError();
  const mapper = (): PrepareStackTrace | undefined => own ?? main.prepareStackTrace;
  if (!mapper()) return;
  const prepare: PrepareStackTrace & { [INSTALLED]?: true } = (error, callSites) => {
    const mapped = mapper();
    return mapped && (error instanceof Error || types.isNativeError(error)) ? mapped(error, callSites) : plainStackTrace(error, callSites);
  };
  prepare[INSTALLED] = true;
  Error.prepareStackTrace = prepare;
}

/** The `Error` of the main realm: `util` is Node's own module, so its functions were made there. */
function mainRealmError(): ErrorConstructor {
  return (inspect.constructor as FunctionConstructor)('return Error')() as ErrorConstructor;
}

/** Frames kept of a creation stack: V8's default `Error.stackTraceLimit`; deeper frames are construct plumbing. */
const CREATION_STACK_FRAMES = 10;

/** V8's own format: the description, then a line per frame. */
function plainStackTrace(error: unknown, callSites: readonly NodeJS.CallSite[]): string {
  return [String(error), ...callSites.slice(0, CREATION_STACK_FRAMES).map((site) => `    at ${site}`)].join('\n');
}

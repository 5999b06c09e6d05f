/**
 * Thrown when options cannot produce a working repository; lists every problem found at once. Printed as it is
 * (projen prints `error.stack`, Node prints an uncaught error with its own properties): the header and one line per
 * problem, without a stack trace (the options are at fault, not the code) and without a second copy of the list.
 */
export class InvalidOptionsError extends Error {
  public readonly problems!: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      'secure-aws-stack: invalid options in .projenrc.ts (or projen new flags); nothing was written.\n' +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    Object.defineProperty(this, 'name', { value: 'InvalidOptionsError', enumerable: false });
    Object.defineProperty(this, 'problems', { value: problems, enumerable: false });
    Object.defineProperty(this, 'stack', { value: this.message, enumerable: false, writable: true, configurable: true });
  }
}

/**
 * Set on `globalThis` by a process that runs `.projenrc.ts` as its program (the generated repositories' default task,
 * `secure-aws-stack-projenrc`): there a rejection is printed as it is and the process exits 1, as under `projen new`,
 * instead of Node's report of an uncaught error, which puts the throwing line of the package around the list.
 */
export const PRINT_REJECTION_AND_EXIT = Symbol.for('secure-aws-stack.print-rejection-and-exit');

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

import { InvalidOptionsError } from './invalid-options-error';

/**
 * Every problem the options have, collected by all the resolvers of one run so that `npx projen` reports them all at
 * once (like the validation of AWS CDK's `Bucket`). Each problem names the option, the value, what is wrong and what
 * would be right: `<option>: <value as JSON> <what is wrong: what would be right>`.
 */
export class ProblemCollector {
  private readonly lines: string[];

  constructor(lines: readonly string[] = []) {
    this.lines = [...lines];
  }

  /** Records `<option>: <value as JSON> <expected>`. */
  public add(option: string, value: unknown, expected: string): void {
    this.lines.push(`${option}: ${JSON.stringify(value)} ${expected}`);
  }

  /** Records problems already worded as `<option>: …` (by a kernel rule or a concern's own check). */
  public addLines(lines: readonly string[]): void {
    this.lines.push(...lines);
  }

  /** Whether a problem names `option`. */
  public names(option: string): boolean {
    return this.lines.some((line) => line.startsWith(`${option}:`));
  }

  /** The problems, each once (a setting shared by several environments fails once, not once per environment). */
  public get problems(): readonly string[] {
    return [...new Set(this.lines)];
  }

  /** Throws `InvalidOptionsError` listing every problem, when there is one. */
  public throwIfAny(): void {
    if (this.lines.length > 0) throw new InvalidOptionsError(this.problems);
  }
}

/** Where a stack is in a run. */
export type StackState = 'waiting' | 'running' | 'ok' | 'changes' | 'failed' | 'skipped';

export interface StackStatus {
  readonly state: StackState;
  /** The Terraform command running or that ran last (`init`, `plan`, …). */
  readonly step?: string;
  /** Seconds since the stack started (final once it is done). */
  readonly seconds?: number;
  /** Why it failed or was skipped. */
  readonly note?: string;
}

/** Shows the progress of a run: one line per stack. */
export interface ProgressReporter {
  /** A stack starts a Terraform command (`args` as passed to terraform). */
  step(stack: string, args: readonly string[]): void;
  update(stack: string, status: StackStatus): void;
  /** Called once when every stack is done, before logs and summary are printed. */
  close(): void;
}

export interface Output {
  readonly isTTY?: boolean;
  readonly rows?: number;
  write(text: string): unknown;
}

/** A live block of lines redrawn in place on a terminal; plain lines, one per event, elsewhere and under CI. */
export function progressReporter(stacks: readonly string[], out: Output, env: NodeJS.ProcessEnv = process.env): ProgressReporter {
  const interactive = out.isTTY === true && !env.CI && env.TERM !== 'dumb' && stacks.length + 1 < (out.rows ?? 24);
  return interactive ? new LiveProgress(stacks, out) : new PlainProgress(out);
}

export function formatSeconds(seconds: number | undefined): string {
  return seconds === undefined ? '' : `${seconds.toFixed(1)}s`;
}

/** One line per event, for logs and pipes: `[stack] terraform plan …`, `[stack] ok in 3.2s`. */
export class PlainProgress implements ProgressReporter {
  constructor(private readonly out: Output) {}

  public step(stack: string, args: readonly string[]): void {
    this.out.write(`[${stack}] terraform ${args.join(' ')}\n`);
  }

  public update(stack: string, status: StackStatus): void {
    switch (status.state) {
      case 'ok':
      case 'changes':
        this.out.write(`[${stack}] ${status.state === 'ok' ? 'ok' : 'has changes'} in ${formatSeconds(status.seconds)}\n`);
        break;
      case 'failed':
        this.out.write(`[${stack}] failed in ${formatSeconds(status.seconds)}: ${status.note}\n`);
        break;
      case 'skipped':
        this.out.write(`[${stack}] skipped: ${status.note}\n`);
        break;
      default:
        break;
    }
  }

  public close(): void {}
}

const SYMBOLS: Record<StackState, string> = { waiting: '·', running: '›', ok: '✓', changes: '±', failed: '✗', skipped: '-' };

/** A block of one line per stack, redrawn in place as states change and while the clock runs. */
export class LiveProgress implements ProgressReporter {
  private readonly statuses = new Map<string, StackStatus & { startedAt?: number }>();
  private readonly width: number;
  private drawn = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(stacks: readonly string[], private readonly out: Output) {
    this.width = Math.max(...stacks.map((s) => s.length));
    for (const stack of stacks) this.statuses.set(stack, { state: 'waiting' });
    this.timer = setInterval(() => this.draw(), 250);
    this.timer.unref();
    this.draw();
  }

  public step(stack: string, args: readonly string[]): void {
    const current = this.statuses.get(stack)!;
    this.statuses.set(stack, { ...current, state: 'running', step: args[0], startedAt: current.startedAt ?? Date.now() });
    this.draw();
  }

  public update(stack: string, status: StackStatus): void {
    this.statuses.set(stack, { ...this.statuses.get(stack), ...status });
    this.draw();
  }

  public close(): void {
    clearInterval(this.timer);
    this.draw();
  }

  private draw(): void {
    const lines = [...this.statuses].map(([stack, s]) => {
      const seconds = s.state === 'running' && s.startedAt ? (Date.now() - s.startedAt) / 1000 : s.seconds;
      const what = s.state === 'running' ? `${s.step} …` : s.state === 'waiting' ? 'waiting' : s.note ? `${s.state}: ${s.note}` : s.state;
      return `${SYMBOLS[s.state]} ${stack.padEnd(this.width)}  ${formatSeconds(seconds).padStart(7)}  ${what}`;
    });
    const up = this.drawn > 0 ? `\u001b[${this.drawn}F` : '';
    this.out.write(up + lines.map((l) => `\u001b[2K${l}\n`).join(''));
    this.drawn = lines.length;
  }
}

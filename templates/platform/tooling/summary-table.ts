import { ResourceChanges } from './change-summary';
import { StackState } from './stack-progress';

export interface StackResult {
  readonly stack: string;
  readonly state: StackState;
  readonly changes?: ResourceChanges;
  readonly seconds?: number;
}

/**
 * The closing table of a run, one row per stack in the order given:
 *
 *   stack          result   add  change  destroy  seconds
 *   dev-account    ok         3       0        0      4.2
 */
export function summaryTable(results: readonly StackResult[]): string {
  const header = ['stack', 'result', 'add', 'change', 'destroy', 'seconds'];
  const rows = results.map((r) => [
    r.stack,
    r.state,
    count(r.changes?.add),
    count(r.changes?.change),
    count(r.changes?.destroy),
    r.seconds === undefined ? '-' : r.seconds.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const format = (cells: string[]) =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  return [format(header), ...rows.map(format)].join('\n');
}

function count(value: number | undefined): string {
  return value === undefined ? '-' : String(value);
}

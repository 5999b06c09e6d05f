/** Resources Terraform plans to (or did) add, change and destroy in one stack. */
export interface ResourceChanges {
  readonly add: number;
  readonly change: number;
  readonly destroy: number;
}

const ANSI_ESCAPE = /\u001b\[[0-9;]*m/g;

/**
 * Reads the closing line of `terraform plan`, `apply` or `destroy` from its output: "Plan: 3 to add, 1 to change,
 * 0 to destroy.", "No changes.", "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." (with or without
 * "1 imported, ") or "Destroy complete! Resources: 5 destroyed.". Returns undefined when the output has none of
 * them (`validate`, or a run that failed before planning).
 */
export function parseResourceChanges(output: string): ResourceChanges | undefined {
  const text = output.replace(ANSI_ESCAPE, '');
  const plan = /Plan: (\d+) to add, (\d+) to change, (\d+) to destroy/.exec(text);
  if (plan) return { add: Number(plan[1]), change: Number(plan[2]), destroy: Number(plan[3]) };
  const apply = /Apply complete! Resources: (?:\d+ imported, )?(\d+) added, (\d+) changed, (\d+) destroyed/.exec(text);
  if (apply) return { add: Number(apply[1]), change: Number(apply[2]), destroy: Number(apply[3]) };
  const destroyed = /Destroy complete! Resources: (\d+) destroyed/.exec(text);
  if (destroyed) return { add: 0, change: 0, destroy: Number(destroyed[1]) };
  if (/\bNo changes\./.test(text)) return { add: 0, change: 0, destroy: 0 };
  return undefined;
}

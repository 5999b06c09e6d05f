import * as fs from 'fs';
import { readManifestStacks } from '../kernel/stack-manifest';
import { stackMatrix } from '../kernel/stack-matrix';

/**
 * The synth job's step that lists the stacks CI plans, deploys and checks for drift, by environment in dependency
 * order (see `stackMatrix` in the kernel): it writes them as the `stacks` step output and a table in the job summary,
 * or annotates every problem and fails.
 *
 * Usage (CI, after the app is synthesized): stack-matrix <cdktf outdir> <environment> [environment ...]
 */
export function main(argv: readonly string[]): number {
  const [outdir, ...environments] = argv;
  if (!outdir || environments.length === 0) {
    console.error('Usage: stack-matrix <cdktf outdir> <environment> [environment ...]');
    return 64;
  }
  let matrix: Record<string, string[]>;
  try {
    matrix = stackMatrix(readManifestStacks(outdir), environments);
  } catch (error) {
    (error as Error).message.split('\n').forEach((line) => console.log(`::error::${line}`));
    return 1;
  }
  const json = JSON.stringify(matrix);
  if (process.env.GITHUB_OUTPUT) fs.appendFileSync(process.env.GITHUB_OUTPUT, `stacks=${json}\n`);
  if (process.env.GITHUB_STEP_SUMMARY) {
    const rows = environments.map((env) => `| ${env} | ${matrix[env].join(', ')} |`);
    fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${['| Environment | Stacks, in deployment order |', '| --- | --- |', ...rows].join('\n')}\n`);
  }
  console.log(json);
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}

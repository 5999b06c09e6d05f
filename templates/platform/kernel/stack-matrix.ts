// Generated from src/kernel/stack-matrix.ts of secure-aws-stack by scripts/copy-kernel.js: do not edit (change src/kernel/stack-matrix.ts there).
import { dependencyOrder, isBootstrapStack, ManifestStack } from './stack-manifest';

/**
 * The stacks that CI plans, deploys and checks for drift, grouped by environment (`<environment>-...`, the platform's
 * naming) in dependency order, e.g. `{"dev":["dev-account","dev-us-east-1"],"production":[...]}`. They are read
 * from the synthesized app, not computed from the settings: `src/main.ts` belongs to the team, which may add stacks
 * of its own. Throws, naming every stack at fault, when a stack belongs to no environment, when its name cannot be
 * an artifact or folder name, when it depends on an unknown stack or on a stack of a later environment, or when an
 * environment has no stack.
 */
export function stackMatrix(stacks: readonly ManifestStack[], environments: readonly string[]): Record<string, string[]> {
  const deployed = stacks.filter((s) => !isBootstrapStack(s.name));
  const byName = new Map(deployed.map((s) => [s.name, s]));
  const environmentOf = (name: string) => environments.find((env) => name.startsWith(`${env}-`));
  const rank = (name: string) => environments.indexOf(environmentOf(name) ?? '');
  const problems: string[] = [];
  for (const stack of deployed) {
    if (!/^[A-Za-z0-9_-]+$/.test(stack.name)) {
      problems.push(`stack "${stack.name}" cannot be an artifact name: use letters, digits, "-" and "_"`);
      continue;
    }
    if (!environmentOf(stack.name)) {
      problems.push(`stack "${stack.name}" belongs to no environment: name it "<environment>-..." with one of ${environments.join(', ')}`);
    }
    if (stack.workingDirectory !== `stacks/${stack.name}`) {
      problems.push(`stack "${stack.name}" is synthesized into "${stack.workingDirectory}", not "stacks/${stack.name}"`);
    }
    for (const dependency of stack.dependencies) {
      if (!byName.has(dependency)) {
        problems.push(`stack "${stack.name}" depends on unknown stack "${dependency}"`);
      } else if (environmentOf(stack.name) && rank(dependency) > rank(stack.name)) {
        problems.push(`stack "${stack.name}" depends on "${dependency}" of a later environment: environments deploy in the order ${environments.join(', ')}`);
      }
    }
  }
  for (const env of environments) {
    if (!deployed.some((s) => environmentOf(s.name) === env)) {
      problems.push(`environment "${env}" has no stack (stacks are named "${env}-...")`);
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const ordered = dependencyOrder(deployed).map((s) => s.name);
  return Object.fromEntries(environments.map((env) => [env, ordered.filter((name) => environmentOf(name) === env)]));
}

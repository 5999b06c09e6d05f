/** An environment as far as a replica region goes. */
interface ReplicaEnvironment {
  readonly name: string;
  readonly regions: readonly string[];
}

/**
 * What is wrong with `--replicate-to` for the selected environments and regions: the replica region must be one of
 * every selected environment's regions, be part of the selection (its stack holds the replica bucket) and leave
 * at least one other selected region to replicate from.
 */
export function replicaRegionProblems(
  replicaRegion: string,
  environments: readonly ReplicaEnvironment[],
  selectedRegions: readonly string[] | undefined,
): string[] {
  const problems: string[] = [];
  for (const env of environments) {
    const regions = env.regions.filter((r) => !selectedRegions || selectedRegions.includes(r));
    if (!env.regions.includes(replicaRegion)) {
      problems.push(`--replicate-to: ${replicaRegion} is not a region of environment ${env.name} (${env.regions.join(', ')}); choose one of them, or leave ${env.name} out with --environments`);
    } else if (!regions.includes(replicaRegion)) {
      problems.push(`--replicate-to: the replica bucket is created in ${replicaRegion}: include ${replicaRegion} in --regions`);
    } else if (regions.length < 2) {
      problems.push(`--replicate-to: ${replicaRegion} is the only selected region of environment ${env.name}; the replica must be in another region than its source: select a second region with --regions`);
    }
  }
  return [...new Set(problems)];
}

import { isOneOf, PLATFORM_PRESETS, PlatformPreset } from '../../kernel/vocabulary';
import { AVAILABILITY_ZONES, regionCode, SUPPORTED_REGIONS } from '../../regions';
import { duplicates } from '../environments/resolve-environments';
import { ProblemCollector } from '../problem-collector';

/** The options that place the platform: its primary region and the preset or the secondary regions. */
export interface RegionOptions {
  readonly primaryRegion?: string;
  readonly preset?: string;
  readonly secondaryRegions?: string[];
}

export interface Regions {
  readonly preset: PlatformPreset;
  readonly primaryRegion: string;
  readonly secondaryRegions: string[];
  /** The primary region first, then the secondary regions. */
  readonly regions: string[];
}

const DEFAULT_PRIMARY_REGION = 'us-east-1';
const DEFAULT_PRESET: PlatformPreset = 'multi-region';
/** An environment block (/12) holds 16 regional /16 VPCs. */
const MAX_REGIONS = 16;

/** Secondary regions a preset picks when `secondaryRegions` is not given, nearest geography first. */
const SECONDARY_CANDIDATES: Readonly<Record<string, readonly string[]>> = {
  us: ['us-west-2', 'us-east-2', 'us-east-1'],
  ca: ['ca-west-1', 'us-east-2', 'us-west-2'],
  eu: ['eu-west-1', 'eu-central-1', 'eu-west-2'],
  ap: ['ap-southeast-2', 'ap-northeast-1', 'ap-southeast-1'],
  sa: ['us-east-1', 'us-east-2'],
  me: ['eu-central-1', 'eu-west-1'],
  il: ['eu-central-1', 'eu-west-1'],
  af: ['eu-west-1', 'eu-central-1'],
};

/** The preset and the regions; records unknown regions and presets that contradict the regions. */
export function resolveRegions(options: RegionOptions, problems: ProblemCollector): Regions {
  const primaryRegion = options.primaryRegion ?? DEFAULT_PRIMARY_REGION;
  checkRegion('primaryRegion', primaryRegion, problems);
  const requested = options.preset ?? (options.secondaryRegions ? presetOf(options.secondaryRegions) : DEFAULT_PRESET);
  if (!isOneOf(PLATFORM_PRESETS, requested)) problems.add('preset', requested, `is not a preset: use one of ${PLATFORM_PRESETS.join(', ')}`);
  const preset = isOneOf(PLATFORM_PRESETS, requested) ? requested : DEFAULT_PRESET;
  const secondaryRegions = options.secondaryRegions ?? defaultSecondaryRegions(preset, primaryRegion);
  if (options.secondaryRegions && options.preset && preset === requested && presetOf(secondaryRegions) !== preset) {
    problems.add(
      'secondaryRegions',
      secondaryRegions,
      `conflicts with preset ${JSON.stringify(preset)}: baseline has no secondary region, multi-region exactly one, enterprise at least two (leave secondaryRegions out to get the preset's regions)`,
    );
  }
  // What follows from an unknown primary region (default secondary regions, the state region) is reported once, there.
  const primaryKnown = primaryRegion in AVAILABILITY_ZONES;
  if (primaryKnown && !options.secondaryRegions && preset === requested && secondaryRegions.length < minimumSecondaries(preset)) {
    problems.add('preset', preset, `has no default secondary regions for primary region ${primaryRegion}: give secondaryRegions explicitly`);
  }
  checkSecondaryRegions(secondaryRegions, primaryRegion, problems);
  const regions = [primaryRegion, ...secondaryRegions.filter((r) => r !== primaryRegion)];
  if (regions.length > MAX_REGIONS) {
    problems.add('secondaryRegions', secondaryRegions, 'has too many regions: an environment block (/12) holds 16 regional /16 VPCs');
  }
  return { preset, primaryRegion, secondaryRegions: [...secondaryRegions], regions };
}

function checkSecondaryRegions(secondaryRegions: readonly string[], primaryRegion: string, problems: ProblemCollector): void {
  for (const region of secondaryRegions) {
    checkRegion('secondaryRegions', region, problems);
    if (region === primaryRegion) {
      problems.add('secondaryRegions', region, 'is the primary region: secondary regions must differ from primaryRegion');
    }
  }
  for (const region of duplicates(secondaryRegions)) {
    problems.add('secondaryRegions', region, 'is listed more than once');
  }
}

export function checkRegion(option: string, region: string, problems: ProblemCollector): void {
  if (!(region in AVAILABILITY_ZONES)) {
    problems.add(option, region, `is not a supported AWS region: use one of ${SUPPORTED_REGIONS.join(', ')}`);
  }
}

/** The availability zones and short codes of the regions the settings use (no look-up at plan time). */
export function regionTables(regions: readonly string[]) {
  const used = [...new Set(regions)];
  return {
    availabilityZones: Object.fromEntries(used.map((r) => [r, [...AVAILABILITY_ZONES[r]]])),
    regionCodes: Object.fromEntries(used.map((r) => [r, regionCode(r)])),
  };
}

function presetOf(secondaryRegions: readonly string[]): PlatformPreset {
  return secondaryRegions.length === 0 ? 'baseline' : secondaryRegions.length === 1 ? 'multi-region' : 'enterprise';
}

function minimumSecondaries(preset: PlatformPreset): number {
  return preset === 'baseline' ? 0 : preset === 'multi-region' ? 1 : 2;
}

function defaultSecondaryRegions(preset: PlatformPreset, primaryRegion: string): string[] {
  const candidates = (SECONDARY_CANDIDATES[primaryRegion.slice(0, 2)] ?? []).filter((r) => r !== primaryRegion);
  return candidates.slice(0, minimumSecondaries(preset));
}

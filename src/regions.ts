/**
 * Availability zones of the AWS commercial regions the platform supports, three per region.
 *
 * The platform never looks zones up at plan time (`aws_availability_zones` needs credentials), so this table
 * is rendered into each generated repository's settings. Zone letters are chosen among those every account
 * gets: us-east-1e, ap-northeast-1b and ca-central-1c are not offered to new accounts. us-west-1 is left out
 * because accounts see only two of its zones, under account-specific letters.
 */
export const AVAILABILITY_ZONES: Readonly<Record<string, readonly string[]>> = {
  'us-east-1': zones('us-east-1', 'abc'),
  'us-east-2': zones('us-east-2', 'abc'),
  'us-west-2': zones('us-west-2', 'abc'),
  'ca-central-1': zones('ca-central-1', 'abd'),
  'ca-west-1': zones('ca-west-1', 'abc'),
  'eu-west-1': zones('eu-west-1', 'abc'),
  'eu-west-2': zones('eu-west-2', 'abc'),
  'eu-west-3': zones('eu-west-3', 'abc'),
  'eu-central-1': zones('eu-central-1', 'abc'),
  'eu-central-2': zones('eu-central-2', 'abc'),
  'eu-north-1': zones('eu-north-1', 'abc'),
  'eu-south-1': zones('eu-south-1', 'abc'),
  'eu-south-2': zones('eu-south-2', 'abc'),
  'ap-south-1': zones('ap-south-1', 'abc'),
  'ap-south-2': zones('ap-south-2', 'abc'),
  'ap-southeast-1': zones('ap-southeast-1', 'abc'),
  'ap-southeast-2': zones('ap-southeast-2', 'abc'),
  'ap-southeast-3': zones('ap-southeast-3', 'abc'),
  'ap-southeast-4': zones('ap-southeast-4', 'abc'),
  'ap-northeast-1': zones('ap-northeast-1', 'acd'),
  'ap-northeast-2': zones('ap-northeast-2', 'abc'),
  'ap-northeast-3': zones('ap-northeast-3', 'abc'),
  'ap-east-1': zones('ap-east-1', 'abc'),
  'me-south-1': zones('me-south-1', 'abc'),
  'me-central-1': zones('me-central-1', 'abc'),
  'il-central-1': zones('il-central-1', 'abc'),
  'af-south-1': zones('af-south-1', 'abc'),
  'sa-east-1': zones('sa-east-1', 'abc'),
};

export const SUPPORTED_REGIONS: readonly string[] = Object.keys(AVAILABILITY_ZONES);

function zones(region: string, letters: string): string[] {
  return [...letters].map((letter) => `${region}${letter}`);
}

const DIRECTIONS: Readonly<Record<string, string>> = {
  east: 'e',
  west: 'w',
  north: 'n',
  south: 's',
  central: 'c',
  northeast: 'ne',
  northwest: 'nw',
  southeast: 'se',
  southwest: 'sw',
};

/**
 * Short code of a region for names with a length limit (S3 bucket names: 63 characters):
 * `us-east-1` → `use1`, `ap-southeast-4` → `apse4`. Codes are unique across the supported regions.
 */
export function regionCode(region: string): string {
  const match = /^([a-z]{2})-([a-z]+)-(\d+)$/.exec(region);
  const direction = match && DIRECTIONS[match[2]];
  if (!match || !direction) throw new Error(`No short code for region ${JSON.stringify(region)}`);
  return `${match[1]}${direction}${match[3]}`;
}

/** Longest short code of a supported region, for name length checks. */
export const LONGEST_REGION_CODE = Math.max(...SUPPORTED_REGIONS.map((r) => regionCode(r).length));

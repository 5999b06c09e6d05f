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

import { App, Testing } from 'cdktf';
import { buildPlatform, createPlatformStacks } from '../../../templates/platform/platform';
import { regionalStacks } from '../../../templates/platform/stacks/stack-selection';
import { settingsFixture } from '../settings-fixture';

describe('regionalStacks', () => {
  const platform = createPlatformStacks(Testing.app() as App, settingsFixture());
  const ids = (selection?: Parameters<typeof regionalStacks>[1]) => regionalStacks(platform, selection).map((s) => s.node.id);

  test('selects every regional stack by default, environments in settings order, primary region first', () => {
    expect(ids()).toEqual(['dev-us-east-1', 'dev-us-west-2', 'prod-us-east-1', 'prod-us-west-2']);
  });

  test('narrows to the given environments and regions', () => {
    expect(ids({ environments: ['prod'] })).toEqual(['prod-us-east-1', 'prod-us-west-2']);
    expect(ids({ regions: ['us-west-2'] })).toEqual(['dev-us-west-2', 'prod-us-west-2']);
    expect(ids({ environments: ['dev'], regions: ['us-east-1'] })).toEqual(['dev-us-east-1']);
  });

  test('rejects every unknown environment and region at once', () => {
    expect(() => ids({ environments: ['staging'], regions: ['eu-west-9'] })).toThrow(
      'regionalStacks: environment "staging" is not one of dev, prod; region "eu-west-9" is not one of us-east-1, us-west-2',
    );
  });
});

test('buildPlatform stays as a deprecated alias of createPlatformStacks', () => {
  expect(buildPlatform).toBe(createPlatformStacks);
});

import { App, Testing } from 'cdktf';
import {
  AddressInventory,
  INVENTORY_PRESETS,
  inventoryOfStacks,
  lostAddressesMessage,
  lostStatefulAddresses,
  readCommittedInventory,
  REGENERATE_HINT,
  synthesizeInventory,
} from './address-inventory';
import { regionalStackName } from '../../../templates/platform/naming';
import { AccountStack } from '../../../templates/platform/stacks/account-stack';
import { RegionalStack } from '../../../templates/platform/stacks/regional-stack';
import { PlatformMove } from '../../../templates/platform/upgrades/moves';
import { settingsFixture } from '../settings-fixture';

describe.each(INVENTORY_PRESETS)('the %s preset', (preset) => {
  const committed = readCommittedInventory(preset);
  let current: AddressInventory;
  beforeAll(() => {
    current = synthesizeInventory(preset);
  });

  test('synthesizes exactly the committed address inventory', () => {
    if (!committed) throw new Error(`test/platform/addresses/${preset}.json is missing: ${REGENERATE_HINT}`);
    const differences = inventoryDifferences(committed, current);
    if (differences.length > 0) {
      throw new Error(`The synthesized addresses differ from test/platform/addresses/${preset}.json: ${REGENERATE_HINT}.\n${differences.join('\n')}`);
    }
    expect(current).toEqual(committed);
  });

  test('keeps every stateful address of the committed inventory, or moves it', () => {
    const lost = lostStatefulAddresses(committed?.stacks ?? {}, current.stacks);
    if (lost.length > 0) throw new Error(lostAddressesMessage(lost));
    expect(lost).toEqual([]);
  });
});

describe('moves of the platform', () => {
  const settings = settingsFixture();
  const environment = settings.environments[0];
  const region = environment.regions[0];
  const dataBucket = 'aws_s3_bucket.buckets_data_bucket_A6C710CC';
  const regional = (moves: readonly PlatformMove[]) => {
    const app = Testing.app();
    const stack = new RegionalStack(app as App, regionalStackName(environment, region), { settings, environment, region, moves });
    return JSON.parse(Testing.synth(stack));
  };
  const renamed: PlatformMove = { stack: 'regional', from: 'aws_s3_bucket.storage_data_bucket_0123ABCD', to: dataBucket, reason: 'test: storage → buckets' };

  test('emit a moved block in the stacks of their kind that synthesize the new address', () => {
    const json = regional([renamed]);
    expect(json.moved).toEqual([{ from: renamed.from, to: dataBucket }]);
    expect(json.resource.aws_s3_bucket).toHaveProperty(dataBucket.split('.')[1]);
  });

  test('are not emitted in stacks of another kind, nor where the new address is not synthesized', () => {
    const app = Testing.app();
    const account = new AccountStack(app as App, `${environment.name}-account`, { settings, environment, region, moves: [renamed] });
    expect(JSON.parse(Testing.synth(account)).moved).toBeUndefined();
    expect(regional([{ ...renamed, to: 'aws_s3_bucket.not_synthesized_0000' }]).moved).toBeUndefined();
  });

  test('satisfy the contract for a renamed stateful address, which is lost without them', () => {
    const stack = regionalStackName(environment, region);
    const before = inventoryOfStacks({ [stack]: regional([]) });
    const oldState = { [stack]: { ...before[stack], resources: before[stack].resources.map((a) => (a === dataBucket ? renamed.from : a)) } };
    expect(lostStatefulAddresses(oldState, inventoryOfStacks({ [stack]: regional([renamed]) }))).toEqual([]);
    expect(lostStatefulAddresses(oldState, before)).toEqual([`${stack}/${renamed.from}`]);
  });

  test('a dropped move is a lost address too, since older state still holds its old address', () => {
    const stack = regionalStackName(environment, region);
    const withMove = inventoryOfStacks({ [stack]: regional([renamed]) });
    expect(lostStatefulAddresses(withMove, inventoryOfStacks({ [stack]: regional([]) }))).toEqual([`${stack}/${renamed.from}`]);
  });

  test('a stateful address handed over to another stack (removed, destroy = false) is forgotten, not lost', () => {
    const stack = regionalStackName(environment, region);
    const record = 'aws_route53_record.workloads_web_certificate_validation-record_96D1EE39';
    const before = { [stack]: { resources: [record], moved: {}, forgotten: [] } };
    const handedOver = inventoryOfStacks({ [stack]: { removed: [{ from: record, lifecycle: { destroy: false } }] } });
    expect(handedOver[stack].forgotten).toEqual([record]);
    expect(lostStatefulAddresses(before, handedOver)).toEqual([]);
    // A removed block that destroys is a loss like any other; and dropping the hand-over later loses it again.
    expect(lostStatefulAddresses(before, inventoryOfStacks({ [stack]: { removed: [{ from: record, lifecycle: { destroy: true } }] } }))).toEqual([`${stack}/${record}`]);
    expect(lostStatefulAddresses(handedOver, inventoryOfStacks({ [stack]: {} }))).toEqual([`${stack}/${record}`]);
  });

  test('a move away from an address that is still synthesized fails synthesis, naming it', () => {
    expect(() => regional([{ ...renamed, from: dataBucket, to: 'aws_s3_bucket.buckets_logs_bucket_1234' }])).toThrow(
      `${dataBucket} is still synthesized but PLATFORM_MOVES moves it away`,
    );
  });
});

function inventoryDifferences(committed: AddressInventory, current: AddressInventory): string[] {
  const lines: string[] = [];
  const stacks = [...new Set([...Object.keys(committed.stacks), ...Object.keys(current.stacks)])].sort();
  for (const stack of stacks) {
    const before = new Set(committed.stacks[stack]?.resources ?? []);
    const after = new Set(current.stacks[stack]?.resources ?? []);
    for (const address of after) if (!before.has(address)) lines.push(`  + ${stack}/${address}`);
    for (const address of before) if (!after.has(address)) lines.push(`  - ${stack}/${address}`);
  }
  return lines.slice(0, 40).concat(lines.length > 40 ? [`  … and ${lines.length - 40} more`] : []);
}

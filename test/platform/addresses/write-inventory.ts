import * as fs from 'fs';
import {
  formatInventory,
  INVENTORY_PRESETS,
  inventoryPath,
  lostAddressesMessage,
  lostStatefulAddresses,
  readCommittedInventory,
  synthesizeInventory,
} from './address-inventory';

/**
 * `npx projen inventory`: rewrites test/platform/addresses/<preset>.json from the platform as synthesized now.
 * It refuses (and writes nothing) when a stateful address of the committed inventory would be lost without a
 * `moved` block: regenerating must never make the contract test pass by forgetting an address. A deliberate
 * removal (a breaking release that destroys the resource) is written with `npx projen inventory --accept-removed`.
 */
function main(args: readonly string[]): number {
  const acceptRemoved = args.includes('--accept-removed');
  const written: string[] = [];
  const lost: string[] = [];
  const next = INVENTORY_PRESETS.map((preset) => {
    const inventory = synthesizeInventory(preset);
    const committed = readCommittedInventory(preset);
    if (committed) lost.push(...lostStatefulAddresses(committed.stacks, inventory.stacks).map((a) => `${preset}: ${a}`));
    return inventory;
  });
  if (lost.length > 0 && !acceptRemoved) {
    console.error(`inventory: nothing written.\n${lostAddressesMessage(lost)}\nA deliberate removal: npx projen inventory --accept-removed`);
    return 1;
  }
  if (lost.length > 0) console.warn(`inventory: removing, as asked (--accept-removed):\n${lost.map((a) => `  - ${a}`).join('\n')}`);
  for (const inventory of next) {
    const file = inventoryPath(inventory.preset);
    const text = formatInventory(inventory);
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf-8') !== text) {
      fs.writeFileSync(file, text);
      written.push(file);
    }
  }
  const count = next.reduce((sum, inv) => sum + Object.values(inv.stacks).reduce((n, s) => n + s.resources.length, 0), 0);
  console.log(`inventory: ${count} addresses in ${next.length} presets; ${written.length ? `updated ${written.join(', ')}` : 'unchanged'}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));

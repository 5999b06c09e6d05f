import * as fs from 'fs';
import * as path from 'path';
import { profileDefaults } from '../../src/resolve/capabilities/profile-defaults';
import { PROFILE_DEFAULTS_DOC, renderProfileDefaultsTable, withProfileDefaultsTable } from '../../src/resolve/capabilities/profile-defaults-doc';

describe('the profile defaults table of the documentation', () => {
  test('docs/platform.md shows exactly the table the resolver reads', () => {
    const doc = fs.readFileSync(path.resolve(__dirname, '..', '..', PROFILE_DEFAULTS_DOC.file), 'utf-8');
    // On failure: run "npx projen docs:profile-defaults" and commit docs/platform.md.
    expect(withProfileDefaultsTable(doc)).toBe(doc);
  });

  test('rows are rendered from the values profileDefaults returns', () => {
    const table = renderProfileDefaultsTable();
    expect(table).toContain('| `network.natGatewayPerAz`: NAT gateway per AZ (one shared NAT gateway otherwise) | no | no | yes |');
    expect(table).toContain('| `database.crossRegionReplica`: database read replica in the first secondary region | no | with a secondary region | with a secondary region |');
    expect(table).toContain(`| \`webTier.instanceType\`: web instance type | \`${profileDefaults('development', false).webTier.instanceType}\` | \`t3.small\` | \`t3.medium\` |`);
    expect(profileDefaults('production', true).database.crossRegionReplica).toBe(true);
    expect(profileDefaults('production', false).database.crossRegionReplica).toBe(false);
    expect(profileDefaults('development', true).database.crossRegionReplica).toBe(false);
  });

  test('the budgets are what the resolver gives an environment that sets nothing', () => {
    expect(renderProfileDefaultsTable()).toContain('| 400 / 700 | 450 / 850 | 900 / 1550 |');
  });

  test('a document without the markers is refused, naming them', () => {
    expect(() => withProfileDefaultsTable('# no table')).toThrow(/profile-defaults:start/);
  });
});

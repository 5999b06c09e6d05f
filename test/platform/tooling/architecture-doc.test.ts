import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { buildPlatform } from '../../../templates/platform/platform';
import { crossRegionLinks, loadStackModels, renderArchitecture } from '../../../templates/platform/tooling/architecture-doc';
import { settingsFixture } from '../settings-fixture';

describe('architecture doc', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-architecture-'));
  const app = new App({ outdir });
  buildPlatform(app, settingsFixture());
  app.synth();
  const stacks = loadStackModels(outdir);
  const markdown = renderArchitecture(stacks);

  test('draws every environment, stack, region and the deploy order in Mermaid', () => {
    expect(markdown).toContain('```mermaid\nflowchart LR');
    for (const env of ['dev', 'prod']) expect(markdown).toContain(`subgraph env_${env}["${env}"]`);
    expect(markdown).toMatch(/dev_us_west_2\["<b>dev-us-west-2 · us-west-2<\/b><br\/>1 VPC, \d+ subnets/);
    expect(markdown).toContain('dev_account --> dev_us_east_1');
    expect(markdown).toContain('dev_us_east_1 --> dev_replication');
  });

  test('finds the cross-region links from ARNs and replica regions', () => {
    const links = crossRegionLinks(stacks);
    expect(links).toContainEqual({ from: 'prod-replication', to: 'prod-us-west-2', label: 'bucket replication' });
    expect(links.filter((l) => l.from.startsWith('dev-')).map((l) => l.to.startsWith('dev-'))).not.toContain(false);
    for (const link of links) expect(markdown).toContain(`${link.from.replace(/-/g, '_')} -. "${link.label}" .-> ${link.to.replace(/-/g, '_')}`);
    expect(markdown).toContain('| prod-replication | prod-us-west-2 | bucket replication |');
  });

  test('lists every resource type per stack with its count', () => {
    const rows = markdown.split('\n').filter((l) => /^\| [a-z0-9-]+ \| `aws_/.test(l));
    const total = rows.reduce((n, row) => n + Number(row.split('|')[3]), 0);
    expect(total).toBe(stacks.reduce((n, s) => n + s.resources.length, 0));
    expect(markdown).toMatch(/\| dev-us-east-1 \| `aws_vpc` \| 1 \|/);
  });
});

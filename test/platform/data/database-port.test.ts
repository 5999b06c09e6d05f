import { App, TerraformStack, Testing } from 'cdktf';
import { InvalidOptionsError, resolveSettings } from '../../../src/resolve-settings';
import { PostgresDatabase } from '../../../templates/platform/data/postgres-database';
import { buildPlatform } from '../../../templates/platform/platform';
import { DatabaseCapability } from '../../../templates/platform/settings-model';
import { onlyResource, resourcesOf, testStack } from '../compute/test-stack';
import { settingsFixture } from '../settings-fixture';

function synthWithDatabase(database: Partial<DatabaseCapability>) {
  const fixture = settingsFixture();
  const prod = fixture.environments.find((e) => e.name === 'prod')!;
  const environment = { ...prod, capabilities: { ...prod.capabilities, database: { ...prod.capabilities.database, ...database } } };
  const app = Testing.app();
  buildPlatform(app as App, { ...fixture, environments: [environment] });
  return (name: string) => JSON.parse(Testing.synth(app.node.findChild(name) as TerraformStack));
}

function problemsOf(options: object): readonly string[] {
  try {
    resolveSettings({ name: 'payments', defaultReleaseBranch: 'main', networkCidr: '10.0.0.0/8', ...options });
  } catch (error) {
    return (error as InvalidOptionsError).problems;
  }
  return [];
}

/** The ports of the app tier's egress to and the database tier's ingress from each other. */
function databaseRules(json: any): number[][] {
  const rules = [...Object.values(resourcesOf(json, 'aws_vpc_security_group_egress_rule')), ...Object.values(resourcesOf(json, 'aws_vpc_security_group_ingress_rule'))];
  return rules.filter((rule: any) => /PostgreSQL/.test(rule.description)).map((rule: any) => [rule.from_port, rule.to_port]);
}

describe('database.port (FSBP RDS.23)', () => {
  test('defaults to 5433 for the primary, its replica and both security group rules', () => {
    expect(settingsFixture().environments.every((e) => e.capabilities.database.port === 5433)).toBe(true);
    const synth = synthWithDatabase({});
    const primary = synth('prod-us-east-1');
    expect(onlyResource(primary, 'aws_db_instance').port).toBe(5433);
    expect(databaseRules(primary)).toEqual([[5433, 5433], [5433, 5433]]);
    const secondary = synth('prod-us-west-2');
    expect(onlyResource(secondary, 'aws_db_instance').port).toBe(5433);
    expect(databaseRules(secondary)).toEqual([[5433, 5433], [5433, 5433]]);
  });

  test('a chosen port reaches the instances and the security groups of every region', () => {
    const synth = synthWithDatabase({ port: 6543 });
    for (const stack of ['prod-us-east-1', 'prod-us-west-2']) {
      expect(onlyResource(synth(stack), 'aws_db_instance').port).toBe(6543);
      expect(databaseRules(synth(stack))).toEqual([[6543, 6543], [6543, 6543]]);
    }
  });

  test('the option is per environment and rejects PostgreSQL\'s default port and ports RDS does not accept', () => {
    const settings = resolveSettings({ name: 'payments', defaultReleaseBranch: 'main', networkCidr: '10.0.0.0/8', environmentCapabilities: { production: { database: { port: 6000 } } } });
    expect(settings.environments.map((e) => [e.name, e.capabilities.database.port])).toEqual([['dev', 5433], ['staging', 5433], ['production', 6000]]);
    expect(problemsOf({ capabilities: { database: { port: 5432 } } })).toEqual([
      expect.stringMatching(/^capabilities\.database\.port: 5432 is PostgreSQL's default port, which Security Hub control RDS\.23 fails: use another port, e\.g\. 5433$/),
    ]);
    expect(problemsOf({ environmentCapabilities: { dev: { database: { port: 80 } } } })).toEqual([
      expect.stringMatching(/^environmentCapabilities\.dev\.database\.port: 80 is out of range: use a whole number from 1150 to 65535/),
    ]);
  });

  test('the construct refuses the engine default too', () => {
    expect(() =>
      new PostgresDatabase(testStack(), 'db', {
        identifier: 'payments-prod-db',
        namePrefix: 'payments-prod-us-east-1',
        accountId: '222222222222',
        subnetIds: ['subnet-d1'],
        securityGroupIds: ['sg-db'],
        kmsKeyArn: 'arn:aws:kms:us-east-1:222222222222:key/k',
        port: 5432,
      }),
    ).toThrow(/port 5432 is PostgreSQL's default port, which Security Hub control RDS\.23 fails/);
  });
});

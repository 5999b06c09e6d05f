import { userShellEnv } from './e2e/harness';

describe('userShellEnv, the environment of generated repositories’ commands in the end-to-end tests', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test('drops CI and what jest gives its workers, which projen would take for a test run of its own', () => {
    process.env = { ...saved, CI: 'true', NODE_ENV: 'test', JEST_WORKER_ID: '2', SAS_MARKER: 'kept' };
    const env = userShellEnv();
    expect(env).not.toHaveProperty('CI');
    expect(env).not.toHaveProperty('NODE_ENV');
    expect(env).not.toHaveProperty('JEST_WORKER_ID');
    expect(env.SAS_MARKER).toBe('kept');
  });

  test('keeps a NODE_ENV the caller chose, and the extra variables it is given', () => {
    process.env = { ...saved, NODE_ENV: 'development' };
    expect(userShellEnv({ TF_LOG: 'info' })).toMatchObject({ NODE_ENV: 'development', TF_LOG: 'info' });
  });

  test('lets npm install from its cache, without audit or funding requests', () => {
    process.env = { PATH: saved.PATH };
    expect(userShellEnv()).toMatchObject({ npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' });
  });
});

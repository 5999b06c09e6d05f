import * as os from 'os';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { temporaryBase, MEMORY_FOLDER, TMPFS_MAGIC: TMPFS } = require('./jest/run-temp-dir') as {
  temporaryBase: (env: NodeJS.ProcessEnv, statfs: (dir: string) => { type: number; bavail: number; bsize: number }) => string;
  MEMORY_FOLDER: string;
  TMPFS_MAGIC: number;
};

const EXT4 = 0xef53;
const GiB = 1024 ** 3;
const stats = (type: number, free: number) => () => ({ type, bavail: free / 4096, bsize: 4096 });
const missing = () => {
  throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
};

describe('the base folder of a test run (test/jest/run-temp-dir.js)', () => {
  test('under CI, a tmpfs /dev/shm with 8 GiB free holds the run and its caches', () => {
    expect(temporaryBase({ CI: 'true' }, stats(TMPFS, 12 * GiB))).toBe(MEMORY_FOLDER);
  });

  test('SAS_PERSISTENT_TMPDIR wins, and a TMPDIR of the caller is kept', () => {
    expect(temporaryBase({ CI: 'true', SAS_PERSISTENT_TMPDIR: '/scratch' }, stats(TMPFS, 12 * GiB))).toBe('/scratch');
    expect(temporaryBase({ CI: 'true', TMPDIR: '/caller-tmp' }, stats(TMPFS, 12 * GiB))).toBe('/caller-tmp');
  });

  test('outside CI, or without a roomy tmpfs, the system’s temporary folder', () => {
    expect(temporaryBase({}, stats(TMPFS, 12 * GiB))).toBe(os.tmpdir());
    expect(temporaryBase({ CI: 'true' }, stats(TMPFS, 2 * GiB))).toBe(os.tmpdir());
    expect(temporaryBase({ CI: 'true' }, stats(EXT4, 100 * GiB))).toBe(os.tmpdir());
    expect(temporaryBase({ CI: 'true' }, missing)).toBe(os.tmpdir());
  });
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { currentCopy, expectedCopy } = require('../../scripts/copy-kernel.js') as {
  currentCopy(): Record<string, string>;
  expectedCopy(): Record<string, string>;
};

describe('the kernel copy of the platform library', () => {
  test('templates/platform/kernel is exactly what scripts/copy-kernel.js writes from src/kernel', () => {
    const expected = expectedCopy();
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    // On failure: run "npx projen kernel:copy" (or any build) and commit templates/platform/kernel/.
    expect(currentCopy()).toEqual(expected);
  });

  test('the kernel imports neither projen nor the Terraform engine', () => {
    for (const [file, content] of Object.entries(expectedCopy())) {
      const imports = [...content.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      expect({ file, imports: imports.filter((i) => !i.startsWith('./') && i !== 'fs' && i !== 'path') }).toEqual({ file, imports: [] });
    }
  });
});

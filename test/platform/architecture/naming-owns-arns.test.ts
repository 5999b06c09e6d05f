import { codeLines, platformSources } from './platform-sources';

/**
 * `naming.ts` is the only source of ARNs, and the region decides their partition there (`partitionOf`): no construct
 * writes an ARN by hand (`arn:aws:` would be wrong in China and AWS GovCloud) or takes a partition of its own.
 */
describe('naming.ts owns ARNs and the partition', () => {
  const sources = platformSources().filter(({ file }) => file !== 'naming.ts');

  test('no platform file builds an ARN from a template literal', () => {
    const found = sources.flatMap(({ file, text }) =>
      codeLines(text).filter(({ code }) => code.includes('`arn:')).map(({ line, code }) => `${file}:${line}: ${code.trim()}`),
    );
    expect(found).toEqual([]);
  });

  test('assemblers and stacks take the names of account-wide resources from naming.ts, never append to a prefix', () => {
    const found = sources
      .filter(({ file }) => /^(capabilities|stacks|bootstrap)\//.test(file))
      .flatMap(({ file, text }) =>
        codeLines(text)
          .filter(({ code }) => /\$\{(prefix|resourcePrefix\([^)]*\)|regionalPrefix\([^)]*\))\}-/.test(code))
          .map(({ line, code }) => `${file}:${line}: ${code.trim()}`),
      );
    expect(found).toEqual([]);
  });

  test('no construct takes a partition', () => {
    const found = sources.flatMap(({ file, text }) =>
      codeLines(text).filter(({ code }) => /\bpartition\??\s*[:=]/.test(code)).map(({ line, code }) => `${file}:${line}: ${code.trim()}`),
    );
    expect(found).toEqual([]);
  });
});

import { cidrsOverlap, formatCidr, parseCidr, subdivide } from '../../../templates/platform/network/cidr';

describe('cidr', () => {
  test('parses and formats', () => {
    expect(formatCidr(parseCidr('10.16.0.0/12'))).toBe('10.16.0.0/12');
    expect(() => parseCidr('10.0.0.1/8')).toThrow(/host bits/);
    expect(() => parseCidr('300.0.0.0/8')).toThrow(/Invalid/);
    expect(() => parseCidr('10.0.0.0')).toThrow(/Invalid/);
  });

  test('subdivides a block', () => {
    expect(subdivide('10.16.0.0/12', 16, 0)).toBe('10.16.0.0/16');
    expect(subdivide('10.16.0.0/12', 16, 15)).toBe('10.31.0.0/16');
    expect(subdivide('10.16.0.0/16', 20, 5)).toBe('10.16.80.0/20');
    expect(() => subdivide('10.16.0.0/12', 16, 16)).toThrow(/no \/16 block number 16/);
    expect(() => subdivide('10.16.0.0/16', 12, 0)).toThrow();
  });

  test('detects overlap', () => {
    expect(cidrsOverlap('10.0.0.0/12', '10.15.0.0/16')).toBe(true);
    expect(cidrsOverlap('10.0.0.0/12', '10.16.0.0/16')).toBe(false);
  });
});

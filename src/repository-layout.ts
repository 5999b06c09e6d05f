/** Where a generated repository keeps the platform library (`templates/platform/` of this package), as managed files. */
export const PLATFORM_DIR = 'src/platform';

/** The path of a file of the platform library in a generated repository, e.g. `tooling/synth.ts`. */
export function platformPath(file: string): string {
  return `${PLATFORM_DIR}/${file}`;
}

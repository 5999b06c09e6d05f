import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing } from 'projen/lib/testing';
import { SecureAwsStackProject, SecureAwsStackProjectOptions } from '../src';

/** A fresh directory for one project: projen's Testing.synth deletes the project's outdir. */
export function freshDir(prefix = 'sas-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function newProject(options: Partial<SecureAwsStackProjectOptions> = {}, outdir = freshDir()): SecureAwsStackProject {
  return new SecureAwsStackProject({ name: 'payments', defaultReleaseBranch: 'main', networkCidr: '10.0.0.0/8', outdir, ...options });
}

/** Synthesizes a project in memory; returns file path → content (JSON parsed, text as string). */
export function synthProject(options: Partial<SecureAwsStackProjectOptions> = {}): Record<string, any> {
  return Testing.synth(newProject(options));
}

/**
 * Constructs and synthesizes a project with options that must be rejected; returns the error message and checks
 * that nothing was written to its directory.
 */
export function rejectionOf(options: Partial<SecureAwsStackProjectOptions>): string {
  const outdir = freshDir();
  let message = '';
  try {
    newProject(options, outdir).synth();
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).not.toBe('');
  expect(fs.readdirSync(outdir)).toEqual([]);
  return message;
}

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * The provider plugin cache shared by every stack, so that `terraform init` installs the AWS provider once instead
 * of once per stack. In order: `TF_PLUGIN_CACHE_DIR` when set, the `plugin_cache_dir` of the Terraform CLI
 * configuration (`TF_CLI_CONFIG_FILE`, else `~/.terraformrc`), else Terraform's conventional
 * `~/.terraform.d/plugin-cache`. Terraform requires the directory to exist: it is created when missing.
 */
export function resolvePluginCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.TF_PLUGIN_CACHE_DIR || cliConfigPluginCacheDir(env) || path.join(os.homedir(), '.terraform.d', 'plugin-cache');
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new Error(`cannot create the Terraform plugin cache ${dir} (${(error as Error).message}); set TF_PLUGIN_CACHE_DIR to a writable folder`);
  }
  return dir;
}

function cliConfigPluginCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  const file = env.TF_CLI_CONFIG_FILE || path.join(os.homedir(), '.terraformrc');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf-8');
  } catch {
    return undefined;
  }
  const dir = /^\s*plugin_cache_dir\s*=\s*"([^"]+)"/m.exec(text)?.[1];
  return dir?.replace(/^~(?=\/|$)/, os.homedir()).replace(/\$HOME\b/, os.homedir());
}

const LOCK_FILE = '.terraform.lock.hcl';

/**
 * Since Terraform 1.4 a cached provider is only used when the stack's lock file already records its checksum;
 * otherwise every stack downloads it again. Stacks synthesized from one app require the same providers, so the lock
 * file that the first `init` wrote is given to every stack that has none and requires exactly the same providers.
 * Returns whether the lock file was copied.
 */
export function shareLockFile(fromStackDir: string, toStackDir: string): boolean {
  const source = path.join(fromStackDir, LOCK_FILE);
  const target = path.join(toStackDir, LOCK_FILE);
  if (fromStackDir === toStackDir || !fs.existsSync(source) || fs.existsSync(target)) return false;
  const providers = requiredProviders(fromStackDir);
  if (providers === undefined || providers !== requiredProviders(toStackDir)) return false;
  fs.copyFileSync(source, target);
  return true;
}

function requiredProviders(stackDir: string): string | undefined {
  try {
    const config = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf-8'));
    return JSON.stringify(config.terraform?.required_providers ?? {});
  } catch {
    return undefined;
  }
}

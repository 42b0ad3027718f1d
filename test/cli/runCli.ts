// Test helper: runs the `shnor` command line in-process and captures its exit code, stdout and stderr.
import { main } from '../../src/cli/main';

export interface Captured {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** A fixed "now", so that written sheets are the same on every run. */
export const CLI_NOW = new Date('2024-11-23T10:00:00Z');

export async function runCli(argv: string[]): Promise<Captured> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => { out += `${t}\n`; }, stderr: (t) => { err += `${t}\n`; }, now: () => CLI_NOW });
  return { code, out, err };
}

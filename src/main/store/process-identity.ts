import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { promisify } from 'node:util';

// Telling our own process from another one that happens to have the same PID.
// A PID alone is not an identity: after a crash or reboot the number is
// handed to some other program (PID 1 is always alive), so a lock that named
// only a PID could lock a folder forever. A process's start time is fixed
// for its life, and the boot id changes at every reboot; together with the
// PID they name one process. Each is read where the platform offers it and
// is null elsewhere, so the caller can fall back to weaker evidence.

const run = promisify(execFile);

/** Highest PID a system hands out: 2^22 on Linux, about 10^5 on macOS; Windows ids fit in 32 bits. */
const MAX_PID = process.platform === 'win32' ? 0xffffffff : 4_194_304;

/** A number that can be a real process id (0, negatives, fractions and 2^40 cannot). */
export const isPlausiblePid = (pid: unknown): pid is number =>
  typeof pid === 'number' && Number.isSafeInteger(pid) && pid >= 1 && pid <= MAX_PID;

/** Changes at every reboot (Linux); null elsewhere. */
export async function currentBootId(): Promise<string | null> {
  if (process.platform !== 'linux') return null;
  try {
    return (await fs.readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim() || null;
  } catch {
    return null;
  }
}

/** When the process started, in a form that only matters for equality; null when unknown or gone. */
export async function processStartOf(pid: number): Promise<string | null> {
  if (!isPlausiblePid(pid)) return null;
  try {
    if (process.platform === 'linux') {
      const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
      // Field 22 (starttime, in clock ticks since boot); the command name before it may hold spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return fields[19] ? `ticks:${fields[19]}` : null;
    }
    if (process.platform === 'darwin') {
      const { stdout } = await run('ps', ['-o', 'lstart=', '-p', String(pid)], { timeout: 2000 });
      return stdout.trim() ? `lstart:${stdout.trim()}` : null;
    }
  } catch {
    return null;
  }
  return null;
}

/** The process's command line (Linux) or program name (macOS); null when unknown. */
export async function processCommandOf(pid: number): Promise<string | null> {
  if (!isPlausiblePid(pid)) return null;
  try {
    if (process.platform === 'linux') {
      const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8');
      return cmdline.replace(/\0/g, ' ').trim() || null;
    }
    if (process.platform === 'darwin') {
      const { stdout } = await run('ps', ['-o', 'comm=', '-p', String(pid)], { timeout: 2000 });
      return stdout.trim() || null;
    }
  } catch {
    return null;
  }
  return null;
}

/** Could this program be Circlekeeper (the app, or the CLI and tests under node)? */
export const mayBeCirclekeeper = (command: string): boolean => /circlekeeper|electron|node|tsx/i.test(command);

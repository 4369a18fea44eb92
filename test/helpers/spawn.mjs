// Node-side test helper (test/cli): runs a command, feeds it `stdin`, and collects what it printed.
import { spawn } from 'node:child_process';

/** Runs `cmd args` in `cwd` with `stdin` (nothing when undefined); resolves to { code, stdout, stderr }. */
export function spawnCollect(cmd, args, stdin, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
    child.stdin.end(stdin);
  });
}

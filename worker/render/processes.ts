// Chromium's process tree, read from /proc (Linux): for a clean stop and for memory figures.
import { existsSync, readFileSync, readdirSync } from "node:fs";

function stat(pid: number): { ppid: number; state: string; name: string } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = s.lastIndexOf(")");
    const [state, ppid] = s.slice(close + 2).split(" ");
    return { ppid: Number(ppid), state: state!, name: s.slice(s.indexOf("(") + 1, close) };
  } catch {
    return null;
  }
}

/** The process and all its descendants; empty where there is no /proc. */
export function processTree(root: number): number[] {
  if (!existsSync("/proc")) return [];
  const parents = new Map<number, number>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    const s = stat(Number(d));
    if (s) parents.set(Number(d), s.ppid);
  }
  const found = [root];
  for (let i = 0; i < found.length; i++) for (const [pid, ppid] of parents) if (ppid === found[i]) found.push(pid);
  return found.filter((p) => parents.has(p));
}

/** Still running (not exited, not a zombie) and still the Chromium it was (not a reused pid). */
export function isRunningChromium(pid: number): boolean {
  const s = stat(pid);
  return s !== null && s.state !== "Z" && /chrom/i.test(s.name);
}

/** Waits for the processes to stop running; any still running at the deadline are killed. */
export async function reapStragglers(pids: number[], graceMs: number): Promise<void> {
  const deadline = Date.now() + graceMs;
  let left = pids.filter(isRunningChromium);
  while (left.length && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    left = left.filter(isRunningChromium);
  }
  for (const pid of left) {
    try { process.kill(pid, "SIGKILL"); } catch { /* already gone */ }
  }
}

/** Proportional set size in bytes, from /proc/<pid>/smaps_rollup; 0 if unreadable. */
export function pssBytes(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

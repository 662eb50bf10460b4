// Real worker processes: killed mid-run and restarted, and three at once sharing PostgreSQL.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { ADMIN_CHANNEL, CYP_CHANNEL, TEAMS_CONVERSATION, startWorkerHarness, type WorkerHarness } from "./harness.js";

const children: ChildProcess[] = [];
const harnesses: WorkerHarness[] = [];
afterEach(() => { for (const c of children.splice(0)) if (c.exitCode === null) c.kill("SIGKILL"); });
afterAll(async () => { for (const h of harnesses) await h.close(); });

function startWorker(h: WorkerHarness, now: string): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "bin/scrutineer.ts", "worker"], {
    env: { ...h.env, SCRUTINEER_NOW: now, WORKER_LEASE_SECONDS: "60", LOG_LEVEL: "warn" }, stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr!.on("data", () => { /* drained so a chatty child never blocks */ });
  children.push(child);
  return child;
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 90_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const stopped = (c: ChildProcess) => new Promise<void>((r) => (c.exitCode !== null || c.signalCode ? r() : c.once("exit", () => r())));

describe("crash safety", () => {
  it("kill -9 after the Slack upload but before Teams: on restart Teams gets one post and Slack no second upload", async () => {
    const h = await startWorkerHarness();
    harnesses.push(h);
    const id = await h.schedule("improvement-plan", [`slack:${CYP_CHANNEL}`, `teams:${h.teamsLinkId}`], "0 9 * * 1");
    await h.db.reportSchedule.update({ where: { id }, data: { createdAt: new Date("2020-11-23T08:00:00Z") } });
    // Slack completes the upload, then takes its time answering: the worker dies in that gap.
    h.slack.script("files.completeUploadExternal", { delayMs: 30_000 });
    const first = startWorker(h, "2020-11-23T09:00:20Z");
    await h.slack.waitFor("files.completeUploadExternal", () => true, 90_000);
    first.kill("SIGKILL");
    await stopped(first);
    expect([...h.slack.uploads.values()].filter((u) => u.completed)).toHaveLength(1);
    expect(h.connector.requests.filter((r) => r.method === "POST")).toHaveLength(0);

    // Restarted after the dead worker's lease (60 s) has run out.
    const second = startWorker(h, "2020-11-23T09:02:00Z");
    const run = await until("the run to finish", async () => {
      const r = await h.db.reportRun.findFirst({ where: { scheduleId: id }, include: { deliveries: true } });
      return r && ["delivered", "partial", "failed"].includes(r.status) ? r : null;
    });
    second.kill("SIGTERM");
    await stopped(second);
    expect(run.status).toBe("delivered");
    expect(h.slack.callsTo("files.getUploadURLExternal")).toHaveLength(1);
    expect([...h.slack.uploads.values()].filter((u) => u.completed)).toHaveLength(1);
    expect(h.connector.requests.filter((r) => r.method === "POST" && r.path === `/v3/conversations/${TEAMS_CONVERSATION}/activities`)).toHaveLength(1);
    expect(await h.db.reportRun.count({ where: { scheduleId: id } })).toBe(1);
  }, 180_000);

  it("closes Chromium and exits cleanly on SIGTERM, leaving no processes behind", async () => {
    const h = harnesses[0]!;
    const id = await h.schedule("meetings", [`slack:${CYP_CHANNEL}`], "0 10 * * 1");
    await h.db.reportSchedule.update({ where: { id }, data: { createdAt: new Date("2020-11-23T08:00:00Z") } });
    const child = startWorker(h, "2020-11-23T10:00:10Z");
    await until("the run", async () => (await h.db.reportRun.findFirst({ where: { scheduleId: id, status: "delivered" } })) ?? null, 90_000);
    const chromium = await descendantsOf(child.pid!);
    expect(chromium.length).toBeGreaterThan(0); // the warm browser, kept for the next run
    child.kill("SIGTERM");
    await stopped(child);
    expect(child.exitCode).toBe(0);
    await until("Chromium to exit", async () => (await Promise.all(chromium.map(alive))).every((a) => !a) || null, 10_000);
  }, 120_000);
});

describe("scale-out on PostgreSQL", () => {
  it("three workers, 24 schedules due in the same minute: every run claimed once, every target delivered once", async () => {
    const h = await startWorkerHarness({ postgres: true });
    harnesses.push(h);
    const ids: number[] = [];
    for (let i = 0; i < 24; i++) ids.push(await h.schedule("meetings", [`slack:${i % 2 ? CYP_CHANNEL : ADMIN_CHANNEL}`, `teams:${h.teamsLinkId}`], "0 9 * * *"));
    await h.db.reportSchedule.updateMany({ data: { createdAt: new Date("2020-11-23T08:00:00Z") } });
    const workers = [0, 1, 2].map(() => startWorker(h, "2020-11-23T09:00:30Z"));
    const runs = await until("all 24 runs to finish", async () => {
      const r = await h.db.reportRun.findMany({ include: { deliveries: true } });
      return r.length === 24 && r.every((x) => ["delivered", "partial", "failed"].includes(x.status)) ? r : null;
    }, 150_000);
    for (const w of workers) w.kill("SIGTERM");
    await Promise.all(workers.map(stopped));
    expect(new Set(runs.map((r) => r.scheduleId))).toEqual(new Set(ids));
    expect(runs.every((r) => r.status === "delivered")).toBe(true);
    expect(runs.flatMap((r) => r.deliveries)).toHaveLength(48);
    expect(new Set(runs.map((r) => r.claimedBy)).size).toBeGreaterThan(1); // the load was shared
    expect([...h.slack.uploads.values()].filter((u) => u.completed)).toHaveLength(24);
    expect(h.connector.requests.filter((r) => r.method === "POST")).toHaveLength(24);
  }, 240_000);
});

/** A process that still exists and is not a zombie. */
async function alive(pid: number): Promise<boolean> {
  const { readFile } = await import("node:fs/promises");
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  return stat !== "" && stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
}

async function descendantsOf(pid: number): Promise<number[]> {
  const direct = await childrenOf(pid);
  return [...direct, ...(await Promise.all(direct.map(descendantsOf))).flat()];
}

/** Processes whose parent is pid, from /proc. */
async function childrenOf(pid: number): Promise<number[]> {
  const { readdir, readFile } = await import("node:fs/promises");
  const out: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (ppid === pid) out.push(Number(entry));
  }
  return out;
}

import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

describe("the per-provider schema and SQL", () => {
  it("are up to date with prisma/schema.prisma", async () => {
    const { stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/prisma-providers.ts", "--check"], { timeout: 170_000 })
      .catch((e: { stderr: string; code: number }) => { throw new Error(`stale: ${e.stderr}`); });
    expect(stderr).not.toMatch(/stale/);
  }, 180_000);
});

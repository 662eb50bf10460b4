import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Two cores: more workers only queue behind Chromium and SQLite.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    env: { TZ: "Europe/London" },
  },
});

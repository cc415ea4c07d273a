import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Two cores on CI: keep parallelism modest so fakes and databases are not starved.
    maxWorkers: 2,
  },
});

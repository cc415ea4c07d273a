import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Hang guards, not deadlines: tests wait on events, and on a 2-core machine shared with
    // other work a child process can take many times its quiet-machine time to start, and a
    // test that answers a whole round took 102 s at a load of 30 (60 s was too tight).
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // Two cores on CI: keep parallelism modest so fakes and databases are not starved.
    maxWorkers: 2,
  },
});

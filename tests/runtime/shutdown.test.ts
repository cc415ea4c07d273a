import { EventEmitter } from "node:events";
import { describe, expect, it, vi } from "vitest";
import { silentLogger } from "../../src/runtime/logger.js";
import { closeInOrder, exitOnSignals } from "../../src/runtime/shutdown.js";

function signals() {
  const target = new EventEmitter();
  const exits: number[] = [];
  return {
    target: target as unknown as Pick<NodeJS.Process, "on" | "off">,
    emit: (signal: NodeJS.Signals) => target.emit(signal),
    exits,
    exit: (code: number) => exits.push(code),
    listeners: () => target.listenerCount("SIGTERM") + target.listenerCount("SIGINT"),
  };
}

describe("exitOnSignals", () => {
  it("stops once on SIGTERM and exits 0 when the stop finishes", async () => {
    const s = signals();
    let stops = 0;
    exitOnSignals(
      async () => {
        stops++;
      },
      { logger: silentLogger(), target: s.target, exit: s.exit },
    );
    s.emit("SIGTERM");
    await vi.waitFor(() => expect(s.exits).toEqual([0]));
    expect(stops).toBe(1);
  });

  it("forces exit 1 when the stop does not finish in time", async () => {
    const s = signals();
    exitOnSignals(() => new Promise<void>(() => {}), {
      logger: silentLogger(),
      target: s.target,
      exit: s.exit,
      timeoutMs: 20,
    });
    s.emit("SIGINT");
    await vi.waitFor(() => expect(s.exits).toEqual([1]));
  });

  it("exits 1 at once on a second signal, and 1 when the stop fails", async () => {
    const s = signals();
    exitOnSignals(() => new Promise<void>(() => {}), {
      logger: silentLogger(),
      target: s.target,
      exit: s.exit,
    });
    s.emit("SIGTERM");
    s.emit("SIGINT");
    expect(s.exits).toEqual([1]);
    const f = signals();
    exitOnSignals(() => Promise.reject(new Error("no")), {
      logger: silentLogger(),
      target: f.target,
      exit: f.exit,
    });
    f.emit("SIGTERM");
    await vi.waitFor(() => expect(f.exits).toEqual([1]));
  });

  it("removes its handlers", () => {
    const s = signals();
    const remove = exitOnSignals(async () => {}, { logger: silentLogger(), target: s.target, exit: s.exit });
    expect(s.listeners()).toBe(2);
    remove();
    expect(s.listeners()).toBe(0);
  });
});

describe("closeInOrder", () => {
  it("runs every step in order even when one fails, and names the failures", async () => {
    const ran: string[] = [];
    const failed = await closeInOrder(
      [
        { name: "adapters", run: () => void ran.push("adapters") },
        {
          name: "scheduler",
          run: async () => {
            ran.push("scheduler");
            throw new Error("stuck");
          },
        },
        { name: "state", run: async () => void ran.push("state") },
      ],
      silentLogger(),
    );
    expect(ran).toEqual(["adapters", "scheduler", "state"]);
    expect(failed).toEqual(["scheduler"]);
  });
});

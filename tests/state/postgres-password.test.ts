import { createServer, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.js";
import { connectPostgres } from "../../src/state/connect-postgres.js";

/**
 * A server that, like PostgreSQL with scram-sha-256 in pg_hba.conf, answers the startup
 * message with AuthenticationSASL and then waits (a real server waits a minute).
 */
async function scramServer() {
  const sockets: Socket[] = [];
  const closed: Promise<void>[] = [];
  const server = createServer((socket) => {
    sockets.push(socket);
    closed.push(new Promise((resolve) => socket.on("close", () => resolve())));
    socket.once("data", () => {
      const mechanisms = Buffer.from("SCRAM-SHA-256\0\0");
      const message = Buffer.alloc(9 + mechanisms.length);
      message.write("R", 0);
      message.writeInt32BE(8 + mechanisms.length, 1);
      message.writeInt32BE(10, 5); // AuthenticationSASL
      mechanisms.copy(message, 9);
      socket.write(message);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    closed,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe("connectPostgres without a password", () => {
  it("fails at once naming DATABASE_URL when the server asks for one, and closes its connection", async () => {
    const server = await scramServer();
    const saved = process.env.PGPASSWORD;
    delete process.env.PGPASSWORD;
    try {
      const error = await connectPostgres(`postgres://bob@127.0.0.1:${server.port}/test`).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).variable).toBe("DATABASE_URL");
      expect((error as Error).message).toContain("asks for a password and DATABASE_URL has none");
      // Every connection the client opened is closed by the client (the server never closes it).
      expect(server.closed.length).toBeGreaterThan(0);
      await Promise.all(server.closed);
    } finally {
      if (saved !== undefined) process.env.PGPASSWORD = saved;
      await server.close();
    }
  });
});

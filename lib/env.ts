// The portal's configuration: the only module that reads process.env (scripts and tests set the
// variables before it loads). A missing or malformed variable stops start-up with its name.
import { z } from "zod";

const fields = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" }),
  /** smtp(s)://user:pass@host:port; unset = mail is written to MAIL_DIR (development) */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  MAIL_FROM: z.string().min(3).default("WSIS Forum Secretariat <wsis-info@localhost>"),
  MAIL_DIR: z.string().default(".data/mail"),
  /** the public base URL, used in links that are mailed; required in production */
  APP_URL: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional(),
  /**
   * the sign-in's base URL (read by next-auth itself); required in production, where without it
   * next-auth (trustHost) would build magic links from the request's Host header
   */
  AUTH_URL: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional(),
  /** set by `npm start`/`npm run dev` when they run the portal locally with embedded PostgreSQL */
  LOCAL_DEMO: z.stringbool().default(false),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 33)"),
  /**
   * how many reverse proxies in front of the portal append to X-Forwarded-For: the client address
   * (for rate limits) is the entry that many places from the end; 0 = no proxy (see README)
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * redis://host:port: Next's page cache is shared by every instance through it (read by
   * lib/security/cache-handler.mjs); unset = each instance keeps its own cache on disk
   */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional(),
  /**
   * days after the last day of a Forum at which the passport data of its visa letter requests
   * is erased (npm run registrations:erase, and the admin button); the privacy notice says so
   */
  PASSPORT_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
});

const PRODUCTION_REQUIRED = ["APP_URL", "AUTH_URL"] as const;

const schema = fields
  .superRefine((v, ctx) => {
    if (v.NODE_ENV !== "production") return;
    for (const key of PRODUCTION_REQUIRED) {
      if (!v[key])
        ctx.addIssue({ code: "custom", path: [key], message: "is required in production: the portal's public address, e.g. https://forum.example.org" });
    }
  })
  .transform((v) => ({ ...v, APP_URL: v.APP_URL ?? "http://localhost:3000" }));

export type Env = z.infer<typeof schema>;

function load(): Env {
  const source = { ...process.env };
  for (const key of Object.keys(source)) if (source[key] === "") delete source[key];
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}\nSee README.md, "Configuration".`);
  }
  return parsed.data;
}

let cached: Env | undefined;
/** The validated configuration (read once, on first use). */
export function env(): Env {
  return (cached ??= load());
}

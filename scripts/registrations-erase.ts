// npm run registrations:erase -- [--days N] [--dry-run]
// Erases the passport data of visa-letter requests (nationality, passport number and expiry, date
// of birth, Swiss representation) of every edition whose Forum ended more than N days ago (Geneva
// time). N: --days, else PASSPORT_RETENTION_DAYS, else 30. Audited per edition
// (registration.passport_data_erased). Run it daily (cron, systemd timer); it is idempotent.
import { z } from "zod";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { DEFAULT_PASSPORT_RETENTION_DAYS, eraseExpiredPassportData, passportDataExpiresAt } from "../lib/registrations/erase.ts";
import { openDatabase } from "./lib/database.ts";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const input = z
  .object({ days: z.coerce.number().int().min(0).max(3650).default(DEFAULT_PASSPORT_RETENTION_DAYS), dryRun: z.boolean() })
  .safeParse({ days: option("--days") ?? (process.env.PASSPORT_RETENTION_DAYS || undefined), dryRun: args.includes("--dry-run") });

if (!input.success) {
  console.error("usage: npm run registrations:erase -- [--days N] [--dry-run]   (N: 0–3650 days after the Forum's last day)");
  console.error(input.error.issues.map((i) => `  ${i.path.join(".") || "input"}: ${i.message}`).join("\n"));
  process.exit(2);
}

const database = await openDatabase();
const prisma = createPrismaClient(database.url, 1);
try {
  const { days, dryRun } = input.data;
  const now = new Date();
  if (dryRun) {
    const editions = await prisma.forumEdition.findMany({ orderBy: { year: "asc" }, select: { id: true, year: true, endDate: true } });
    for (const e of editions) {
      const due = passportDataExpiresAt(e.endDate, days);
      const held = await prisma.visaLetterRequest.count({ where: { erasedAt: null, registration: { editionId: e.id } } });
      console.log(`${e.year}: ${held} request(s) holding passport data; erased from ${due.toISOString()}${now >= due ? " (due now)" : ""}`);
    }
  } else {
    const done = await prisma.$transaction((tx) => eraseExpiredPassportData(tx, { now, days }));
    const total = done.reduce((n, e) => n + e.erased, 0);
    for (const e of done) if (e.erased > 0) console.log(`${e.year}: passport data of ${e.erased} visa-letter request(s) erased`);
    console.log(`Done: ${total} request(s) erased (editions ended more than ${days} day(s) ago).`);
  }
} finally {
  await prisma.$disconnect();
  await database.release();
}

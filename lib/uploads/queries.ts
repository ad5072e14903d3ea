import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { isVerifiedSecretariat } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/session";
import { LIVE_STATUSES } from "@/lib/submissions/policy";

/**
 * A stored file the caller may download, or null (missing or not theirs: the same answer).
 * Allowed: its owner, the secretariat, the author of the submission it is attached to, and
 * anyone for the attachment of a regional input that is in the public compilation. A
 * secretariat member's download of someone else's file is audited ("file.downloaded", on the
 * submission it belongs to), as exports are: a person's document has left the portal.
 */
export async function getDownloadableFile(id: string, user: CurrentUser | null) {
  const file = await db.storedFile.findUnique({
    where: { id },
    select: {
      id: true,
      ownerId: true,
      filename: true,
      mimeType: true,
      size: true,
      data: true,
      submission: { select: { id: true, authorId: true, kind: true, status: true } },
    },
  });
  if (!file) return null;
  const s = file.submission;
  const isPublic = s?.kind === "REGIONAL_INPUT" && LIVE_STATUSES.includes(s.status);
  const own = !!user && (file.ownerId === user.id || s?.authorId === user.id);
  const staff = !own && isVerifiedSecretariat(user);
  if (!(isPublic || own || staff)) return null;
  if (staff && !isPublic) {
    await recordAuditEvent(db, {
      actorId: user!.id,
      action: "file.downloaded",
      entity: s ? { type: "Submission", id: s.id } : { type: "User", id: file.ownerId },
      data: { fileId: file.id, filename: file.filename },
    });
  }
  return file;
}

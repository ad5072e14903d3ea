"use server";
import { redirect } from "next/navigation";

// A server action that does nothing but redirect to a page rendered per request, as the portal's
// submits do after their work: Next.js's own cost of a submit (bench/deadline-rush.ts).
export async function submitAction(_previous, _form) {
  redirect("/per-request");
}

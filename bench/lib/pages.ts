// The public pages every public benchmark measures (seeded demo data: 2027 is the demo edition).
// `issue`: one instance's req/s when issue 14 was filed (its text: the home 222, consultation 219,
// documents 297, the agenda 10 with or without filters, rendered per request for them); `floor`:
// the figure the issue set besides 3x (home 1,000, agenda 300).
export const publicPages: { name: string; path: string; issue: number; floor?: number }[] = [
  { name: "Edition home", path: "/en", issue: 222, floor: 1000 },
  { name: "Edition home, Arabic", path: "/ar", issue: 222, floor: 1000 },
  { name: "Consultation", path: "/en/forums/2027/consultation", issue: 219 },
  { name: "Agenda", path: "/en/forums/2027/agenda", issue: 10, floor: 300 },
  { name: "Agenda filtered by track", path: "/en/forums/2027/agenda?track=HIGH_LEVEL", issue: 10, floor: 300 },
  { name: "Documents", path: "/en/documents", issue: 297 },
];

/** Issue 14's goal for one instance: at least 3x the issue's figure, and its floor where it set one. */
export function oneInstanceGoal(page: { issue: number; floor?: number }, rps: number) {
  const target = Math.max(3 * page.issue, page.floor ?? 0);
  return `≥ ${target} (3× ${page.issue}${page.floor ? `, ≥ ${page.floor}` : ""}): ${rps >= target ? "met" : "NOT met"}`;
}

// The public pages every public benchmark measures (seeded demo data: 2027 is the demo edition).
export const publicPages: { name: string; path: string; goal?: number }[] = [
  { name: "Edition home", path: "/en", goal: 1000 },
  { name: "Edition home, Arabic", path: "/ar", goal: 1000 },
  { name: "Consultation", path: "/en/forums/2027/consultation" },
  { name: "Agenda", path: "/en/forums/2027/agenda", goal: 300 },
  { name: "Agenda filtered by track", path: "/en/forums/2027/agenda?track=HIGH_LEVEL", goal: 300 },
  { name: "Documents", path: "/en/documents" },
];

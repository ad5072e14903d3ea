// The floor: a Next.js app with nothing of the portal's (no database, no session, no messages, no
// styles), built and started by the benchmarks with the portal's own `next` beside the portal, so
// each of them can say what Next alone costs on the same core in the same run (bench/lib/floor.ts).
export const metadata = { title: "Floor", description: "Next.js alone, for the benchmarks' reference." };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

import Link from "next/link";

// Prerendered at build time: what Next.js serves and ships to the browser for a page with no code
// of its own (its runtime, React, the router).
export default function Home() {
  return (
    <main>
      <h1>WSIS Forum</h1>
      <p>A page with nothing but Next.js and React.</p>
      <Link href="/per-request">A page rendered per request</Link>
    </main>
  );
}

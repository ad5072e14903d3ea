import { cookies } from "next/headers";

// Rendered per request (it reads the request's cookies), like every signed-in page of the portal,
// without the database, the session or anything else: Next.js's own cost of such a page.
export default async function PerRequest() {
  const jar = await cookies();
  return (
    <main>
      <h1>Rendered per request</h1>
      <p>{jar.size} cookies</p>
    </main>
  );
}

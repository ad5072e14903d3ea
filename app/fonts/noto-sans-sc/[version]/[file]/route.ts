import { chineseFontSlice, chineseFontStylesheet, chineseFontVersion } from "@/lib/fonts/chinese";

// Public static assets (the Chinese web font, see lib/fonts/chinese.ts): nothing personal, no
// role to check. The version in the path makes every response immutable.
const immutable = "public, max-age=31536000, immutable";

export async function GET(_request: Request, { params }: RouteContext<"/fonts/noto-sans-sc/[version]/[file]">) {
  const { version, file } = await params;
  if (version !== chineseFontVersion) return new Response("Not found", { status: 404 });
  if (file === "wght.css") {
    return new Response(await chineseFontStylesheet(), { headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": immutable } });
  }
  const slice = await chineseFontSlice(file);
  if (!slice) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(slice), { headers: { "Content-Type": "font/woff2", "Cache-Control": immutable } });
}

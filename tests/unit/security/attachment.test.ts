import { describe, expect, it } from "vitest";
import { attachmentDisposition, uploadedFileHeaders } from "@/lib/http/attachment";

describe("attachmentDisposition", () => {
  it("is always an attachment with an ASCII name and the real name encoded", () => {
    expect(attachmentDisposition("Déclaration du Sénégal.pdf")).toBe(
      `attachment; filename="Declaration_du_Senegal.pdf"; filename*=UTF-8''D%C3%A9claration%20du%20S%C3%A9n%C3%A9gal.pdf`,
    );
    expect(attachmentDisposition("بيان.pdf")).toBe(`attachment; filename="download.pdf"; filename*=UTF-8''%D8%A8%D9%8A%D8%A7%D9%86.pdf`);
    expect(attachmentDisposition("声明.pdf", "policy-statement.pdf")).toMatch(/^attachment; filename="policy-statement\.pdf"; filename\*=UTF-8''%E5%A3%B0/);
  });

  it("lets no quote, semicolon, line break or path of a user's file name through", () => {
    const header = attachmentDisposition("evil\";\r\nSet-Cookie: x=1; ../../etc/passwd'()*.pdf");
    expect(header).not.toMatch(/[\r\n]/);
    const [, ascii, encoded] = /^attachment; filename="([^"]*)"; filename\*=UTF-8''(.*)$/.exec(header) ?? [];
    expect(ascii).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(encoded).toMatch(/^[A-Za-z0-9%._~!-]+$/);
    expect(decodeURIComponent(encoded)).not.toContain("/");
  });

  it("falls back to a name when nothing usable is left", () => {
    expect(attachmentDisposition("\u0000/", "policy-statement.pdf")).toBe(`attachment; filename="policy-statement.pdf"; filename*=UTF-8''policy-statement.pdf`);
  });

  it("serves uploads as downloads that are never sniffed or kept in a shared cache", () => {
    expect(uploadedFileHeaders({ filename: "a.pdf", mimeType: "application/pdf", size: 3 })).toEqual({
      "Content-Type": "application/pdf",
      "Content-Length": "3",
      "Content-Disposition": `attachment; filename="a.pdf"; filename*=UTF-8''a.pdf`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    });
  });
});

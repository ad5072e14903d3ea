import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { renderBadgePdf } from "@/lib/registrations/badge-pdf";
import { renderVisaLetterPdf, type VisaLetterContent } from "@/lib/registrations/visa-letter-pdf";
import { readPdfText } from "../../helpers/pdf-text";

// Every PDF renders each script the portal accepts; read back as text, the names are there.
const names = {
  arabic: { fullName: "محمد بن عبد الله الزهراني", organisation: "وزارة الاتصالات وتقنية المعلومات" },
  chinese: { fullName: "王小明", organisation: "中华人民共和国工业和信息化部" },
  cyrillic: { fullName: "Анна Петровна Иванова", organisation: "Министерство цифрового развития" },
  latin: { fullName: "Zoë Ndiaye-Ørsted", organisation: "Université Cheikh Anta Diop" },
};

const photo = () =>
  sharp({ create: { width: 240, height: 300, channels: 3, background: "#8899aa" } })
    .jpeg()
    .toBuffer();
const token = "WSIS1.2027.AAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBB";

// the first PDF of a run loads and subsets fonts of several megabytes
describe("badge PDF", { timeout: 30_000 }, () => {
  test.each(Object.entries(names))("shows a %s name and organisation, the category and the code under the QR code", async (_script, person) => {
    const pdf = await renderBadgePdf({
      eventTitle: "WSIS Forum 2027",
      eventLine: "12–16 May 2027 · Geneva",
      ...person,
      category: "DELEGATE",
      categoryLabel: "Delegate · Délégué",
      photo: await photo(),
      token,
    });

    const text = await readPdfText(pdf);
    expect(text.pages).toBe(1);
    expect(text.lines).toContain(person.fullName);
    expect(text.lines).toContain(person.organisation);
    expect(text.lines).toEqual(expect.arrayContaining(["WSIS Forum 2027", "Delegate · Délégué", token]));
  });

  test("Chinese and Cyrillic names are also in the drawn glyphs, not only in the structure", async () => {
    const pdf = await renderBadgePdf({
      eventTitle: "WSIS Forum 2027",
      eventLine: "Geneva",
      fullName: `${names.chinese.fullName} ${names.cyrillic.fullName}`,
      organisation: "ITU",
      category: "SPEAKER",
      categoryLabel: "Speaker",
      photo: null,
      token,
    });

    const drawn = (await readPdfText(pdf)).drawn.join("").replace(/\s+/g, "");
    expect(drawn).toContain("王小明");
    expect(drawn).toContain("АннаПетровнаИванова");
  });
});

describe("visa support letter PDF", { timeout: 30_000 }, () => {
  const letter = (language: "en" | "fr", person: { fullName: string; organisation: string }): VisaLetterContent => ({
    language,
    referenceNumber: "WSIS-2027-V-000042",
    issuedOn: new Date(Date.UTC(2027, 2, 3)),
    eventTitle: "WSIS Forum 2027",
    eventStart: new Date(Date.UTC(2027, 4, 12)),
    eventEnd: new Date(Date.UTC(2027, 4, 16)),
    venue: "CICG, Geneva, Switzerland",
    ...person,
    title: "Director",
    nationality: "Saudi Arabia",
    dateOfBirth: new Date(Date.UTC(1980, 0, 31)),
    passportNumber: "X1234567",
    passportExpiry: new Date(Date.UTC(2031, 5, 30)),
    swissRepresentation: "Embassy of Switzerland in Riyadh",
  });

  test.each(Object.entries(names))("in English, with a %s name", async (_script, person) => {
    const text = await readPdfText(await renderVisaLetterPdf(letter("en", person)));

    expect(text.lines).toContain(person.fullName);
    expect(text.lines).toContain(person.organisation);
    expect(text.all).toContain("Our ref. WSIS-2027-V-000042");
    expect(text.all).toContain("Embassy of Switzerland in Riyadh");
    expect(text.all).toContain("X1234567");
    expect(text.all).toContain("30 June 2031");
    expect(text.all).toContain("31 January 1980");
    expect(text.all).toContain("from 12 May 2027 to 16 May 2027");
  });

  test("in French", async () => {
    const text = await readPdfText(await renderVisaLetterPdf(letter("fr", names.arabic)));

    expect(text.lines).toContain(names.arabic.fullName);
    expect(text.all).toContain("Notre réf. WSIS-2027-V-000042");
    expect(text.all).toContain("Passeport valable jusqu’au");
    expect(text.all).toContain("30 juin 2031");
    expect(text.all).toContain("Madame, Monsieur,");
    expect(text.all).toContain("du 12 mai 2027 au 16 mai 2027");
  });
});

// The two letters the portal is built on, as Document rows. Their texts live in
// prisma/documents/ (the Arabic originals, and English versions translated from them), inside
// the repository, so nothing outside it is read at run time.
import fs from "node:fs";
import path from "node:path";
import type { DocumentKind } from "../generated/prisma/enums.ts";
import { calendarDay } from "../time/geneva.ts";
import type { AllLanguages } from "./catalog.ts";
import { CL_19_59_SLUG, cl1959Subject } from "./editions.ts";

/** Resolved on use, so importing this module has no side effect in a bundle. */
export const documentsDir = () => path.resolve(import.meta.dirname, "../../prisma/documents");

export type DocumentContact = {
  name: string;
  email: string;
  phone: string;
  fax?: string;
};

export interface DocumentVersionData {
  language: "ar" | "en";
  isOriginal: boolean;
  /** file name in prisma/documents */
  file: string;
}

export interface DocumentData {
  slug: string;
  symbol: string;
  kind: DocumentKind;
  date: Date;
  /** the edition it belongs to, by year */
  editionYear: number;
  addressees: AllLanguages;
  subject: AllLanguages;
  signatory: AllLanguages;
  contact: DocumentContact;
  versions: DocumentVersionData[];
}

const versions = (basename: string): DocumentVersionData[] => [
  { language: "ar", isOriginal: true, file: `${basename}.ar.txt` },
  { language: "en", isOriginal: false, file: `${basename}.en.txt` },
];

export const documents: readonly DocumentData[] = [
  {
    slug: CL_19_59_SLUG,
    symbol: "CL-19/59",
    kind: "CIRCULAR_LETTER",
    date: calendarDay(2019, 12, 6),
    editionYear: 2020,
    addressees: {
      ar: "رؤساء هيئات التنظيم في الدول الأعضاء في الاتحاد الدولي للاتصالات",
      zh: "国际电联成员国监管机构负责人",
      en: "Heads of regulatory bodies of ITU Member States",
      fr: "Chefs des organismes de réglementation des États Membres de l'UIT",
      ru: "Руководители регуляторных органов Государств – Членов МСЭ",
      es: "Jefes de los organismos reguladores de los Estados Miembros de la UIT",
    },
    subject: cl1959Subject,
    signatory: {
      ar: "هولين جاو، الأمين العام للاتحاد الدولي للاتصالات",
      zh: "国际电联秘书长赵厚麟",
      en: "Houlin Zhao, Secretary-General of ITU",
      fr: "Houlin Zhao, Secrétaire général de l'UIT",
      ru: "Хоулинь Чжао, Генеральный секретарь МСЭ",
      es: "Houlin Zhao, Secretario General de la UIT",
    },
    contact: { name: "Ms Gitanjali Sah", email: "wsis-info@itu.int", phone: "+41 22 730 5614" },
    versions: versions("letter-CL-19-59-invitation-WSIS-Forum-2020"),
  },
  {
    slug: "wsis-forum-2017-ocp",
    symbol: "WSIS-FORUM-2017",
    kind: "LETTER",
    date: calendarDay(2016, 7, 27),
    editionYear: 2017,
    addressees: {
      ar: "جميع أصحاب المصلحة المعنيين بالقمة العالمية لمجتمع المعلومات: الحكومات، والقطاع الخاص، والمجتمع المدني، والهيئات الأكاديمية، والمنظمات الدولية",
      zh: "信息社会世界峰会所有利益攸关方：政府、私营部门、民间社会、学术界、国际组织",
      en: "All WSIS stakeholders: governments, private sector, civil society, academia, international organizations",
      fr: "Toutes les parties prenantes du SMSI : gouvernements, secteur privé, société civile, milieux universitaires, organisations internationales",
      ru: "Все заинтересованные стороны ВВУИО: правительства, частный сектор, гражданское общество, академические круги, международные организации",
      es: "Todas las partes interesadas de la CMSI: gobiernos, sector privado, sociedad civil, instituciones académicas, organizaciones internacionales",
    },
    subject: {
      ar: "منتدى القمة العالمية لمجتمع المعلومات لعام 2017، 12-16 يونيو، جنيف، سويسرا: دعوة للمساهمة في عملية المشاورة المفتوحة بشأن تشكيل النسق والمواضيع",
      zh: "2017年信息社会世界峰会论坛，6月12日至16日，瑞士日内瓦：邀请为确定论坛形式和主题的公开磋商进程作出贡献",
      en: "WSIS Forum 2017, 12–16 June, Geneva, Switzerland: invitation to contribute to the open consultation process on shaping the format and themes",
      fr: "Forum du SMSI 2017, 12-16 juin, Genève (Suisse) : invitation à contribuer au processus de consultation ouverte sur la définition du format et des thèmes",
      ru: "Форум ВВУИО 2017 года, 12–16 июня, Женева, Швейцария: приглашение внести вклад в процесс открытых консультаций по определению формата и тематики",
      es: "Foro de la CMSI 2017, 12-16 de junio, Ginebra (Suiza): invitación a contribuir al proceso de consulta abierta sobre la definición del formato y los temas",
    },
    signatory: {
      ar: "هولين جاو، الأمين العام للاتحاد الدولي للاتصالات، بالنيابة عن الاتحاد واليونسكو والأونكتاد وبرنامج الأمم المتحدة الإنمائي",
      zh: "国际电联秘书长赵厚麟，代表国际电联、教科文组织、贸发会议和开发署",
      en: "Houlin Zhao, Secretary-General of ITU, on behalf of ITU, UNESCO, UNCTAD and UNDP",
      fr: "Houlin Zhao, Secrétaire général de l'UIT, au nom de l'UIT, de l'UNESCO, de la CNUCED et du PNUD",
      ru: "Хоулинь Чжао, Генеральный секретарь МСЭ, от имени МСЭ, ЮНЕСКО, ЮНКТАД и ПРООН",
      es: "Houlin Zhao, Secretario General de la UIT, en nombre de la UIT, la UNESCO, la UNCTAD y el PNUD",
    },
    contact: { name: "Mr Jaroslaw Ponder", email: "wsis-info@itu.int", phone: "+41 22 730 60 65", fax: "+41 22 730 64 53" },
    versions: versions("letter-2016-07-27-OCP-WSIS-Forum-2017"),
  },
];

/** The text of one version, without the blank lines around it. */
export function readDocumentVersion(version: DocumentVersionData, dir = documentsDir()): string {
  return fs.readFileSync(path.join(dir, version.file), "utf8").trim();
}

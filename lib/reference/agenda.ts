// The agendas the portal starts with, as data: the High-Level Track of WSIS Forum 2020 (7–8 April
// 2020, as CL-19/59 announces it: opening, policy statements, interactive policy dialogues, the
// WSIS Prizes ceremony and high-level networking) and a four-day agenda for the demonstration
// edition. Days are counted from the edition's first day, times are Geneva wall-clock times.
// lib/agenda/seed.ts writes them and publishes them with publishAgenda.
import type { Language, SessionType, Track } from "../generated/prisma/enums.ts";
import type { Speaker } from "../agenda/snapshot.ts";
import type { AllLanguages } from "./catalog.ts";

export interface RoomData {
  /** the room's English name identifies it within its edition */
  name: AllLanguages;
  capacity: number | null;
}

export interface SessionData {
  slug: string;
  /** 0 = the edition's first day */
  day: number;
  start: [hour: number, minute: number];
  end: [hour: number, minute: number];
  /** a key of the agenda's `rooms` */
  room: RoomKey;
  track: Track;
  type: SessionType;
  title: AllLanguages;
  description: AllLanguages | null;
  languages: Language[];
  speakers: Speaker[];
  actionLines: string[];
  sdgs: number[];
}

export interface AgendaData {
  /** the edition, by year; "demo" = the demonstration edition, whatever its year */
  edition: number | "demo";
  rooms: Partial<Record<RoomKey, RoomData>>;
  sessions: SessionData[];
}

const ROOMS = {
  cicg1: {
    capacity: 800,
    name: {
      ar: "المركز الدولي للمؤتمرات بجنيف، القاعة 1",
      zh: "日内瓦国际会议中心1号厅",
      en: "CICG, Room 1",
      fr: "CICG, salle 1",
      ru: "CICG, зал 1",
      es: "CICG, sala 1",
    },
  },
  cicg2: {
    capacity: 300,
    name: {
      ar: "المركز الدولي للمؤتمرات بجنيف، القاعة 2",
      zh: "日内瓦国际会议中心2号厅",
      en: "CICG, Room 2",
      fr: "CICG, salle 2",
      ru: "CICG, зал 2",
      es: "CICG, sala 2",
    },
  },
  popov: {
    capacity: 250,
    name: {
      ar: "الاتحاد الدولي للاتصالات، قاعة بوبوف",
      zh: "国际电联波波夫厅",
      en: "ITU, Popov Room",
      fr: "UIT, salle Popov",
      ru: "МСЭ, зал Попова",
      es: "UIT, sala Popov",
    },
  },
  roomK: {
    capacity: 120,
    name: { ar: "الاتحاد الدولي للاتصالات، القاعة K", zh: "国际电联K会议室", en: "ITU, Room K", fr: "UIT, salle K", ru: "МСЭ, зал K", es: "UIT, sala K" },
  },
} satisfies Record<string, RoomData>;
export type RoomKey = "cicg1" | "cicg2" | "popov" | "roomK";

const ALL: Language[] = ["ar", "zh", "en", "fr", "ru", "es"];
const ALL_ACTION_LINES = ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11"];

const hltOpening = (y: number): AllLanguages => ({
  ar: `افتتاح المسار الرفيع المستوى لمنتدى القمة لعام ${y}`,
  zh: `${y}年信息社会世界峰会论坛高级别分会开幕式`,
  en: `Opening of the High-Level Track of WSIS Forum ${y}`,
  fr: `Ouverture du segment de haut niveau du Forum du SMSI ${y}`,
  ru: `Открытие сегмента высокого уровня Форума ВВУИО ${y} года`,
  es: `Apertura del segmento de alto nivel del Foro de la CMSI ${y}`,
});

const hltOpeningDescription: AllLanguages = {
  ar: "يفتتح رؤساء المنظمات المشاركة في تنظيم المنتدى، أي الاتحاد الدولي للاتصالات واليونسكو والأونكتاد وبرنامج الأمم المتحدة الإنمائي، المسار الرفيع المستوى، يليهم وزراء ورؤساء وفود.",
  zh: "论坛共同组织方国际电联、教科文组织、贸发会议和开发署的负责人为高级别分会致开幕辞，随后由各国部长和代表团团长发言。",
  en: "The heads of the Forum's co-organizers, ITU, UNESCO, UNCTAD and UNDP, open the High-Level Track, followed by ministers and heads of delegation.",
  fr: "Les chefs des organismes co-organisateurs du Forum, l'UIT, l'UNESCO, la CNUCED et le PNUD, ouvrent le segment de haut niveau, suivis de ministres et de chefs de délégation.",
  ru: "Руководители организаций — соорганизаторов Форума (МСЭ, ЮНЕСКО, ЮНКТАД и ПРООН) открывают сегмент высокого уровня; затем выступают министры и главы делегаций.",
  es: "Los jefes de las organizaciones coorganizadoras del Foro, la UIT, la UNESCO, la UNCTAD y el PNUD, abren el segmento de alto nivel, seguidos de ministros y jefes de delegación.",
};

const policyStatements = (numeral: string): AllLanguages => ({
  ar: `البيانات السياساتية (الجلسة ${numeral})`,
  zh: `政策声明（第${numeral}场）`,
  en: `Policy statements (session ${numeral})`,
  fr: `Déclarations de politique générale (séance ${numeral})`,
  ru: `Программные заявления (заседание ${numeral})`,
  es: `Declaraciones de política (sesión ${numeral})`,
});

const policyStatementsDescription: AllLanguages = {
  ar: "يلقي وزراء ورؤساء هيئات تنظيمية من الدول الأعضاء بيانات سياساتية بشأن تنفيذ خطوط عمل القمة: متحدث واحد لكل دولة عضو، في حدود الوقت المخصص.",
  zh: "各会员国部长和监管机构负责人就信息社会世界峰会行动方面的落实情况作政策声明：每个会员国一位发言人，须遵守发言时限。",
  en: "Ministers and heads of regulatory bodies of Member States deliver policy statements on the implementation of the WSIS Action Lines: one speaker per Member State, within the time limit.",
  fr: "Des ministres et des chefs d'organismes de réglementation des États Membres font des déclarations de politique générale sur la mise en œuvre des grandes orientations du SMSI : un orateur par État Membre, dans le temps de parole imparti.",
  ru: "Министры и руководители регуляторных органов Государств-Членов выступают с программными заявлениями о выполнении направлений деятельности ВВУИО: один докладчик от каждого Государства-Члена, в пределах регламента.",
  es: "Ministros y jefes de organismos reguladores de los Estados Miembros formulan declaraciones de política sobre la aplicación de las Líneas de Acción de la CMSI: un orador por Estado Miembro, dentro del tiempo asignado.",
};

const prizes = (y: number): AllLanguages => ({
  ar: `حفل توزيع جوائز القمة العالمية لمجتمع المعلومات لعام ${y}`,
  zh: `${y}年信息社会世界峰会奖颁奖仪式`,
  en: `WSIS Prizes ${y} ceremony`,
  fr: `Cérémonie de remise des Prix du SMSI ${y}`,
  ru: `Церемония вручения призов ВВУИО ${y} года`,
  es: `Ceremonia de entrega de los Premios CMSI ${y}`,
});

const prizesDescription: AllLanguages = {
  ar: "تكريم المشاريع الفائزة بجوائز القمة لإسهامها في تنفيذ خطوط عمل القمة من أجل تحقيق أهداف التنمية المستدامة.",
  zh: "表彰荣获信息社会世界峰会奖的项目，肯定其为落实信息社会世界峰会行动方面、实现可持续发展目标所作的贡献。",
  en: "The WSIS Prizes winners are honoured for their projects implementing the WSIS Action Lines for the SDGs.",
  fr: "Les lauréats des Prix du SMSI sont récompensés pour leurs projets de mise en œuvre des grandes orientations du SMSI au service des ODD.",
  ru: "Чествование победителей конкурса призов ВВУИО за проекты по выполнению направлений деятельности ВВУИО в интересах ЦУР.",
  es: "Se rinde homenaje a los ganadores de los Premios CMSI por sus proyectos de aplicación de las Líneas de Acción de la CMSI en pro de los ODS.",
};

const networking: AllLanguages = {
  ar: "برنامج التواصل رفيع المستوى",
  zh: "高级别交流活动",
  en: "High-level networking programme",
  fr: "Programme de réseautage de haut niveau",
  ru: "Программа налаживания контактов высокого уровня",
  es: "Programa de contactos de alto nivel",
};

const hltClosing: AllLanguages = {
  ar: "اختتام المسار الرفيع المستوى",
  zh: "高级别分会闭幕式",
  en: "Closing of the High-Level Track",
  fr: "Clôture du segment de haut niveau",
  ru: "Закрытие сегмента высокого уровня",
  es: "Clausura del segmento de alto nivel",
};

const dialogue = (topic: AllLanguages): AllLanguages => ({
  ar: `حوار تفاعلي بشأن السياسات: ${topic.ar}`,
  zh: `互动式政策对话：${topic.zh}`,
  en: `Interactive policy dialogue: ${topic.en}`,
  fr: `Dialogue politique interactif : ${topic.fr}`,
  ru: `Интерактивный диалог по вопросам политики: ${topic.ru}`,
  es: `Diálogo interactivo sobre políticas: ${topic.es}`,
});

const dialogueDescription: AllLanguages = {
  ar: "حوار بين أصحاب المصلحة المتعددين يديره ميسّر رفيع المستوى، يجمع وزراء وقادة من القطاع الخاص والمجتمع المدني والأوساط الأكاديمية والمجتمع التقني والمنظمات الدولية.",
  zh: "由高级别主持人主持的多利益攸关方对话，汇聚各国部长以及私营部门、民间社会、学术界、技术界和国际组织的领导人。",
  en: "A multistakeholder dialogue led by a High-Level Track facilitator, bringing together ministers and leaders from the private sector, civil society, academia, the technical community and international organizations.",
  fr: "Un dialogue multi-parties prenantes mené par un animateur du segment de haut niveau, réunissant des ministres et des dirigeants du secteur privé, de la société civile, des milieux universitaires, de la communauté technique et des organisations internationales.",
  ru: "Диалог с участием многих заинтересованных сторон под руководством координатора сегмента высокого уровня, объединяющий министров и руководителей частного сектора, гражданского общества, академических кругов, технического сообщества и международных организаций.",
  es: "Un diálogo de múltiples partes interesadas dirigido por un moderador del segmento de alto nivel, que reúne a ministros y dirigentes del sector privado, la sociedad civil, las instituciones académicas, la comunidad técnica y las organizaciones internacionales.",
};

const coOrganisers2020: Speaker[] = [
  { name: "Houlin Zhao", title: "Secretary-General", organisation: "ITU", gender: "MALE" },
  { name: "Audrey Azoulay", title: "Director-General", organisation: "UNESCO", gender: "FEMALE" },
  { name: "Mukhisa Kituyi", title: "Secretary-General", organisation: "UNCTAD", gender: "MALE" },
  { name: "Achim Steiner", title: "Administrator", organisation: "UNDP", gender: "MALE" },
];

/** The High-Level Track of WSIS Forum 2020, 7–8 April 2020 (days 1 and 2 of 6–9 April). */
const hlt2020: AgendaData = {
  edition: 2020,
  rooms: { cicg1: ROOMS.cicg1, popov: ROOMS.popov },
  sessions: [
    {
      slug: "hlt-opening",
      day: 1,
      start: [9, 0],
      end: [10, 30],
      room: "cicg1",
      track: "HIGH_LEVEL",
      type: "OPENING",
      title: hltOpening(2020),
      description: hltOpeningDescription,
      languages: ALL,
      speakers: coOrganisers2020,
      actionLines: ["C1", "C11"],
      sdgs: [9, 17],
    },
    {
      slug: "policy-statements-1",
      day: 1,
      start: [11, 0],
      end: [13, 0],
      room: "cicg1",
      track: "HIGH_LEVEL",
      type: "POLICY_STATEMENTS",
      title: policyStatements("I"),
      description: policyStatementsDescription,
      languages: ALL,
      speakers: [],
      actionLines: ["C1", "C11"],
      sdgs: [17],
    },
    {
      slug: "dialogue-digital-transformation",
      day: 1,
      start: [14, 30],
      end: [16, 0],
      room: "cicg1",
      track: "HIGH_LEVEL",
      type: "POLICY_DIALOGUE",
      title: dialogue({
        ar: "تعزيز التحول الرقمي والشراكات العالمية",
        zh: "促进数字化转型和全球伙伴关系",
        en: "fostering digital transformation and global partnerships",
        fr: "favoriser la transformation numérique et les partenariats mondiaux",
        ru: "содействие цифровой трансформации и глобальным партнерствам",
        es: "fomentar la transformación digital y las alianzas mundiales",
      }),
      description: dialogueDescription,
      languages: ALL,
      speakers: [],
      actionLines: ["C1", "C7", "C11"],
      sdgs: [8, 9, 17],
    },
    {
      slug: "policy-statements-2",
      day: 1,
      start: [16, 15],
      end: [18, 0],
      room: "cicg1",
      track: "HIGH_LEVEL",
      type: "POLICY_STATEMENTS",
      title: policyStatements("II"),
      description: policyStatementsDescription,
      languages: ALL,
      speakers: [],
      actionLines: ["C1", "C11"],
      sdgs: [17],
    },
    {
      slug: "wsis-prizes",
      day: 1,
      start: [18, 30],
      end: [20, 0],
      room: "cicg1",
      track: "HIGH_LEVEL",
      type: "PRIZES_CEREMONY",
      title: prizes(2020),
      description: prizesDescription,
      languages: ALL,
      speakers: [{ name: "Houlin Zhao", title: "Secretary-General", organisation: "ITU", gender: "MALE" }],
      actionLines: ALL_ACTION_LINES,
      sdgs: [17],
    },
    {
      slug: "policy-statements-3",
      day: 2,
      start: [9, 0],
      end: [10, 30],
      room: "cicg1",
      track: "HIGH_LEVEL",
      type: "POLICY_STATEMENTS",
      title: policyStatements("III"),
      description: policyStatementsDescription,
      languages: ALL,
      speakers: [],
      actionLines: ["C1", "C11"],
      sdgs: [17],
    },
    {
      slug: "dialogue-inclusion-and-trust",
      day: 2,
      start: [11, 0],
      end: [12, 30],
      room: "cicg1",
      track: "HIGH_LEVEL",
      type: "POLICY_DIALOGUE",
      title: dialogue({
        ar: "تكنولوجيا المعلومات والاتصالات من أجل الإدماج والثقة",
        zh: "信息通信技术促进包容与信任",
        en: "ICTs for inclusion and trust",
        fr: "les TIC au service de l'inclusion et de la confiance",
        ru: "ИКТ в интересах инклюзивности и доверия",
        es: "las TIC al servicio de la inclusión y la confianza",
      }),
      description: dialogueDescription,
      languages: ALL,
      speakers: [],
      actionLines: ["C4", "C5", "C10"],
      sdgs: [4, 5, 10, 16],
    },
    {
      slug: "hlt-networking",
      day: 2,
      start: [13, 0],
      end: [14, 30],
      room: "popov",
      track: "HIGH_LEVEL",
      type: "NETWORKING",
      title: networking,
      description: null,
      languages: ["en", "fr"],
      speakers: [],
      actionLines: [],
      sdgs: [17],
    },
    {
      slug: "hlt-closing",
      day: 2,
      start: [17, 0],
      end: [17, 45],
      room: "cicg1",
      track: "HIGH_LEVEL",
      type: "CLOSING",
      title: hltClosing,
      description: null,
      languages: ALL,
      speakers: [],
      actionLines: [],
      sdgs: [],
    },
  ],
};

const workshop = (
  slug: string,
  day: number,
  start: [number, number],
  end: [number, number],
  room: RoomKey,
  title: AllLanguages,
  languages: Language[],
  actionLines: string[],
  sdgs: number[],
  speakers: Speaker[],
  type: SessionType = "WORKSHOP",
): SessionData => ({
  slug,
  day,
  start,
  end,
  room,
  track: "FORUM",
  type,
  title,
  description: null,
  languages,
  speakers,
  actionLines,
  sdgs,
});

/** A four-day demonstration agenda: forum workshops on every day, the High-Level Track on days 1–2. */
function demoAgenda(): AgendaData {
  const y = "demo";
  return {
    edition: y,
    rooms: ROOMS,
    sessions: [
      workshop(
        "ai-for-sustainable-development",
        0,
        [9, 0],
        [10, 30],
        "popov",
        {
          ar: "الذكاء الاصطناعي من أجل التنمية المستدامة",
          zh: "人工智能促进可持续发展",
          en: "Artificial intelligence for sustainable development",
          fr: "L'intelligence artificielle au service du développement durable",
          ru: "Искусственный интеллект в интересах устойчивого развития",
          es: "Inteligencia artificial para el desarrollo sostenible",
        },
        ["en"],
        ["C7", "C10"],
        [9, 10],
        [
          { name: "Amina Diallo", title: "Director, Digital Policy", organisation: "Demo Ministry of Communications", gender: "FEMALE" },
          { name: "Lars Eriksen", organisation: "Demo University", gender: "MALE" },
        ],
      ),
      workshop(
        "confidence-and-security",
        0,
        [11, 0],
        [12, 30],
        "roomK",
        {
          ar: "بناء الثقة والأمن في استعمال تكنولوجيا المعلومات والاتصالات",
          zh: "在信息通信技术使用中建立信心和安全",
          en: "Building confidence and security in the use of ICTs",
          fr: "Établir la confiance et la sécurité dans l'utilisation des TIC",
          ru: "Укрепление доверия и безопасности при использовании ИКТ",
          es: "Creación de confianza y seguridad en la utilización de las TIC",
        },
        ["en", "fr"],
        ["C5"],
        [16],
        [{ name: "Sophie Martin", title: "Head of CERT", organisation: "Demo National CERT", gender: "FEMALE" }],
      ),
      workshop(
        "women-in-the-digital-economy",
        0,
        [14, 0],
        [15, 30],
        "cicg2",
        {
          ar: "المرأة في الاقتصاد الرقمي",
          zh: "数字经济中的妇女",
          en: "Women in the digital economy",
          fr: "Les femmes dans l'économie numérique",
          ru: "Женщины в цифровой экономике",
          es: "Las mujeres en la economía digital",
        },
        ["en", "es"],
        ["C4", "C7"],
        [5, 8],
        [
          { name: "María González", organisation: "Demo Women in Tech Network", gender: "FEMALE" },
          { name: "Wei Zhang", organisation: "Demo Chamber of Commerce", gender: "FEMALE" },
        ],
        "THEMATIC",
      ),
      workshop(
        "national-e-strategies",
        0,
        [16, 0],
        [17, 30],
        "roomK",
        {
          ar: "حلقة عمل قُطرية: الاستراتيجيات الإلكترونية الوطنية في الممارسة",
          zh: "国家研讨会：国家电子战略的实践",
          en: "Country workshop: national e-strategies in practice",
          fr: "Atelier national : les cyberstratégies nationales en pratique",
          ru: "Страновой семинар-практикум: национальные электронные стратегии на практике",
          es: "Taller nacional: las estrategias electrónicas nacionales en la práctica",
        },
        ["en", "ar"],
        ["C1", "C6"],
        [9, 17],
        [{ name: "Karim Haddad", title: "Secretary-General", organisation: "Demo Telecommunications Regulatory Authority", gender: "MALE" }],
        "COUNTRY_WORKSHOP",
      ),
      {
        slug: "hlt-opening",
        day: 1,
        start: [9, 0],
        end: [10, 30],
        room: "cicg1",
        track: "HIGH_LEVEL",
        type: "OPENING",
        title: {
          ar: "افتتاح المسار الرفيع المستوى",
          zh: "高级别分会开幕式",
          en: "Opening of the High-Level Track",
          fr: "Ouverture du segment de haut niveau",
          ru: "Открытие сегмента высокого уровня",
          es: "Apertura del segmento de alto nivel",
        },
        description: hltOpeningDescription,
        languages: ALL,
        speakers: [],
        actionLines: ["C1", "C11"],
        sdgs: [9, 17],
      },
      {
        slug: "policy-statements-1",
        day: 1,
        start: [11, 0],
        end: [13, 0],
        room: "cicg1",
        track: "HIGH_LEVEL",
        type: "POLICY_STATEMENTS",
        title: policyStatements("I"),
        description: policyStatementsDescription,
        languages: ALL,
        speakers: [],
        actionLines: ["C1", "C11"],
        sdgs: [17],
      },
      workshop(
        "digital-health",
        1,
        [14, 0],
        [15, 30],
        "popov",
        {
          ar: "الصحة الرقمية: خدمات الصحة الإلكترونية للجميع",
          zh: "数字卫生：惠及所有人的电子卫生服务",
          en: "Digital health: e-health services that reach everyone",
          fr: "Santé numérique : des services de cybersanté accessibles à tous",
          ru: "Цифровое здравоохранение: услуги электронного здравоохранения для всех",
          es: "Salud digital: servicios de cibersalud al alcance de todos",
        },
        ["en", "fr"],
        ["C7"],
        [3],
        [{ name: "Dr Nadia Benali", organisation: "Demo Health Institute", gender: "FEMALE" }],
      ),
      {
        slug: "dialogue-meaningful-connectivity",
        day: 1,
        start: [14, 30],
        end: [16, 0],
        room: "cicg1",
        track: "HIGH_LEVEL",
        type: "POLICY_DIALOGUE",
        title: dialogue({
          ar: "اتصال مجدٍ للجميع",
          zh: "人人享有有意义的连通",
          en: "meaningful connectivity for all",
          fr: "une connectivité utile pour tous",
          ru: "полноценная возможность установления соединений для всех",
          es: "conectividad significativa para todos",
        }),
        description: dialogueDescription,
        languages: ALL,
        speakers: [{ name: "Ana Pereira", title: "High-Level Track facilitator", organisation: "Demo Foundation", gender: "FEMALE" }],
        actionLines: ["C2", "C3"],
        sdgs: [9, 10],
      },
      {
        slug: "wsis-prizes",
        day: 1,
        start: [18, 0],
        end: [19, 30],
        room: "cicg1",
        track: "HIGH_LEVEL",
        type: "PRIZES_CEREMONY",
        title: {
          ar: "حفل توزيع جوائز القمة العالمية لمجتمع المعلومات",
          zh: "信息社会世界峰会奖颁奖仪式",
          en: "WSIS Prizes ceremony",
          fr: "Cérémonie de remise des Prix du SMSI",
          ru: "Церемония вручения призов ВВУИО",
          es: "Ceremonia de entrega de los Premios CMSI",
        },
        description: prizesDescription,
        languages: ALL,
        speakers: [],
        actionLines: ALL_ACTION_LINES,
        sdgs: [17],
      },
      {
        slug: "policy-statements-2",
        day: 2,
        start: [9, 0],
        end: [10, 30],
        room: "cicg1",
        track: "HIGH_LEVEL",
        type: "POLICY_STATEMENTS",
        title: policyStatements("II"),
        description: policyStatementsDescription,
        languages: ALL,
        speakers: [],
        actionLines: ["C1", "C11"],
        sdgs: [17],
      },
      {
        slug: "dialogue-environment",
        day: 2,
        start: [11, 0],
        end: [12, 30],
        room: "cicg1",
        track: "HIGH_LEVEL",
        type: "POLICY_DIALOGUE",
        title: dialogue({
          ar: "تكنولوجيا المعلومات والاتصالات من أجل الاستدامة البيئية",
          zh: "信息通信技术促进环境可持续性",
          en: "ICTs for environmental sustainability",
          fr: "les TIC au service de la durabilité environnementale",
          ru: "ИКТ в интересах экологической устойчивости",
          es: "las TIC al servicio de la sostenibilidad ambiental",
        }),
        description: dialogueDescription,
        languages: ALL,
        speakers: [{ name: "Kenji Watanabe", title: "High-Level Track facilitator", organisation: "Demo Green ICT Alliance", gender: "MALE" }],
        actionLines: ["C7"],
        sdgs: [7, 13],
      },
      {
        slug: "hlt-networking",
        day: 2,
        start: [13, 0],
        end: [14, 30],
        room: "popov",
        track: "HIGH_LEVEL",
        type: "NETWORKING",
        title: networking,
        description: null,
        languages: ["en", "fr"],
        speakers: [],
        actionLines: [],
        sdgs: [17],
      },
      workshop(
        "media-and-information-literacy",
        2,
        [15, 0],
        [16, 30],
        "roomK",
        {
          ar: "الدراية الإعلامية والمعلوماتية",
          zh: "媒体和信息素养",
          en: "Media and information literacy",
          fr: "L'éducation aux médias et à l'information",
          ru: "Медийная и информационная грамотность",
          es: "Alfabetización mediática e informacional",
        },
        ["en", "ru"],
        ["C9", "C10"],
        [4, 16],
        [{ name: "Olga Ivanova", organisation: "Demo Media Institute", gender: "FEMALE" }],
      ),
      {
        slug: "hlt-closing",
        day: 2,
        start: [17, 0],
        end: [17, 45],
        room: "cicg1",
        track: "HIGH_LEVEL",
        type: "CLOSING",
        title: hltClosing,
        description: null,
        languages: ALL,
        speakers: [],
        actionLines: [],
        sdgs: [],
      },
      workshop(
        "digital-skills-for-public-servants",
        3,
        [9, 30],
        [11, 0],
        "cicg2",
        {
          ar: "بناء القدرات: المهارات الرقمية لموظفي القطاع العام",
          zh: "能力建设：公务员的数字技能",
          en: "Capacity building: digital skills for public servants",
          fr: "Renforcement des capacités : compétences numériques des agents publics",
          ru: "Создание потенциала: цифровые навыки государственных служащих",
          es: "Creación de capacidad: competencias digitales para los funcionarios públicos",
        },
        ["en", "es"],
        ["C4"],
        [4, 16],
        [{ name: "Carlos Ruiz", organisation: "Demo School of Public Administration", gender: "MALE" }],
      ),
      workshop(
        "digital-agriculture",
        3,
        [11, 30],
        [13, 0],
        "popov",
        {
          ar: "الزراعة الرقمية والأمن الغذائي",
          zh: "数字农业与粮食安全",
          en: "Digital agriculture and food security",
          fr: "Agriculture numérique et sécurité alimentaire",
          ru: "Цифровое сельское хозяйство и продовольственная безопасность",
          es: "Agricultura digital y seguridad alimentaria",
        },
        ["en", "fr", "es"],
        ["C7"],
        [2],
        [{ name: "Fatou Ndiaye", organisation: "Demo Farmers' Cooperative", gender: "FEMALE" }],
      ),
      workshop(
        "closing-of-the-forum",
        3,
        [15, 0],
        [16, 0],
        "cicg1",
        { ar: "اختتام المنتدى", zh: "论坛闭幕式", en: "Closing of the Forum", fr: "Clôture du Forum", ru: "Закрытие Форума", es: "Clausura del Foro" },
        ALL,
        [],
        [17],
        [],
        "CLOSING",
      ),
    ],
  };
}

export const agendas = (): AgendaData[] => [hlt2020, demoAgenda()];

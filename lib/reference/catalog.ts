// Reference lists that do not change between editions: UN M49 regions, WSIS stakeholder types,
// WSIS Action Lines and the Sustainable Development Goals, each named in the six UN languages.
// The wording follows the UN's own publications (M49, the Geneva Plan of Action, the SDG
// icons of un.org/sustainabledevelopment), so the portal never shows a home-made translation.
import type { Locale } from "../i18n/locales.ts";
import type { UnRegionCode } from "./member-states.ts";

/** A text in every one of the six languages (reference data leaves none to fall back). */
export type AllLanguages = Record<Locale, string>;

export interface UnRegionRow {
  code: UnRegionCode;
  name: AllLanguages;
  sortOrder: number;
}

export const unRegions: readonly UnRegionRow[] = [
  { code: "africa", sortOrder: 1, name: { ar: "أفريقيا", zh: "非洲", en: "Africa", fr: "Afrique", ru: "Африка", es: "África" } },
  { code: "americas", sortOrder: 2, name: { ar: "الأمريكتان", zh: "美洲", en: "Americas", fr: "Amériques", ru: "Америка", es: "Américas" } },
  { code: "asia", sortOrder: 3, name: { ar: "آسيا", zh: "亚洲", en: "Asia", fr: "Asie", ru: "Азия", es: "Asia" } },
  { code: "europe", sortOrder: 4, name: { ar: "أوروبا", zh: "欧洲", en: "Europe", fr: "Europe", ru: "Европа", es: "Europa" } },
  { code: "oceania", sortOrder: 5, name: { ar: "أوقيانوسيا", zh: "大洋洲", en: "Oceania", fr: "Océanie", ru: "Океания", es: "Oceanía" } },
];

export const STAKEHOLDER_TYPE_CODES = [
  "GOVERNMENT",
  "PRIVATE_SECTOR",
  "CIVIL_SOCIETY",
  "ACADEMIA",
  "INTERNATIONAL_ORGANIZATION",
  "TECHNICAL_COMMUNITY",
] as const;
export type StakeholderTypeCode = (typeof STAKEHOLDER_TYPE_CODES)[number];

export interface StakeholderTypeRow {
  code: StakeholderTypeCode;
  name: AllLanguages;
  sortOrder: number;
}

// Plural, as WSIS documents list stakeholders ("governments, private sector, civil society…");
// the Arabic is the 2016 letter's own wording.
export const stakeholderTypes: readonly StakeholderTypeRow[] = [
  {
    code: "GOVERNMENT",
    sortOrder: 1,
    name: { ar: "الحكومات", zh: "政府", en: "Governments", fr: "Gouvernements", ru: "Правительства", es: "Gobiernos" },
  },
  {
    code: "PRIVATE_SECTOR",
    sortOrder: 2,
    name: { ar: "القطاع الخاص", zh: "私营部门", en: "Private sector", fr: "Secteur privé", ru: "Частный сектор", es: "Sector privado" },
  },
  {
    code: "CIVIL_SOCIETY",
    sortOrder: 3,
    name: { ar: "المجتمع المدني", zh: "民间社会", en: "Civil society", fr: "Société civile", ru: "Гражданское общество", es: "Sociedad civil" },
  },
  {
    code: "ACADEMIA",
    sortOrder: 4,
    name: { ar: "الهيئات الأكاديمية", zh: "学术界", en: "Academia", fr: "Milieux universitaires", ru: "Академические круги", es: "Instituciones académicas" },
  },
  {
    code: "INTERNATIONAL_ORGANIZATION",
    sortOrder: 5,
    name: {
      ar: "المنظمات الدولية",
      zh: "国际组织",
      en: "International organizations",
      fr: "Organisations internationales",
      ru: "Международные организации",
      es: "Organizaciones internacionales",
    },
  },
  {
    code: "TECHNICAL_COMMUNITY",
    sortOrder: 6,
    name: { ar: "المجتمع التقني", zh: "技术界", en: "Technical community", fr: "Communauté technique", ru: "Техническое сообщество", es: "Comunidad técnica" },
  },
];

export interface ActionLineRow {
  /** "C1" … "C11" */
  code: string;
  number: number;
  title: AllLanguages;
}

// Titles of the Geneva Plan of Action (2003), §C1–C11, as the WSIS Forum uses them.
export const actionLines: readonly ActionLineRow[] = [
  {
    code: "C1",
    number: 1,
    title: {
      ar: "دور السلطات الحكومية وجميع أصحاب المصلحة في النهوض بتكنولوجيا المعلومات والاتصالات من أجل التنمية",
      zh: "政府和所有利益攸关方在推动将信息通信技术用于发展方面的作用",
      en: "The role of public governance authorities and all stakeholders in the promotion of ICTs for development",
      fr: "Rôle des pouvoirs publics et de toutes les parties prenantes dans la promotion des TIC pour le développement",
      ru: "Роль органов государственного управления и всех заинтересованных сторон в содействии использованию ИКТ в целях развития",
      es: "Papel de las autoridades públicas y de todas las partes interesadas en la promoción de las TIC para el desarrollo",
    },
  },
  {
    code: "C2",
    number: 2,
    title: {
      ar: "البنية التحتية للمعلومات والاتصالات",
      zh: "信息和通信基础设施",
      en: "Information and communication infrastructure",
      fr: "Infrastructure de l'information et de la communication",
      ru: "Информационная и коммуникационная инфраструктура",
      es: "Infraestructura de la información y la comunicación",
    },
  },
  {
    code: "C3",
    number: 3,
    title: {
      ar: "النفاذ إلى المعلومات والمعارف",
      zh: "获取信息和知识",
      en: "Access to information and knowledge",
      fr: "Accès à l'information et au savoir",
      ru: "Доступ к информации и знаниям",
      es: "Acceso a la información y al conocimiento",
    },
  },
  {
    code: "C4",
    number: 4,
    title: {
      ar: "بناء القدرات",
      zh: "能力建设",
      en: "Capacity building",
      fr: "Renforcement des capacités",
      ru: "Создание потенциала",
      es: "Creación de capacidades",
    },
  },
  {
    code: "C5",
    number: 5,
    title: {
      ar: "بناء الثقة والأمن في استعمال تكنولوجيا المعلومات والاتصالات",
      zh: "树立使用信息通信技术的信心并提高其安全性",
      en: "Building confidence and security in the use of ICTs",
      fr: "Établir la confiance et la sécurité dans l'utilisation des TIC",
      ru: "Укрепление доверия и безопасности при использовании ИКТ",
      es: "Creación de confianza y seguridad en la utilización de las TIC",
    },
  },
  {
    code: "C6",
    number: 6,
    title: {
      ar: "البيئة التمكينية",
      zh: "创造有利环境",
      en: "Enabling environment",
      fr: "Environnement propice",
      ru: "Благоприятная среда",
      es: "Entorno habilitador",
    },
  },
  {
    code: "C7",
    number: 7,
    title: {
      ar: "تطبيقات تكنولوجيا المعلومات والاتصالات: الحكومة الإلكترونية، والأعمال التجارية الإلكترونية، والتعلم الإلكتروني، والصحة الإلكترونية، والعمالة الإلكترونية، والبيئة الإلكترونية، والزراعة الإلكترونية، والعلوم الإلكترونية",
      zh: "信息通信技术应用：电子政务、电子商务、电子学习、电子卫生、电子就业、电子环境、电子农业、电子科学",
      en: "ICT applications: E-government, E-business, E-learning, E-health, E-employment, E-environment, E-agriculture, E-science",
      fr: "Applications des TIC : cybergouvernement, cybercommerce, cyberenseignement, cybersanté, cyberemploi, cyberenvironnement, cyberagriculture, cyberscience",
      ru: "Применение ИКТ: электронное правительство, электронная коммерция, электронное обучение, электронное здравоохранение, электронная занятость, электронная экология, электронное сельское хозяйство, электронная наука",
      es: "Aplicaciones de las TIC: gobierno electrónico, negocios electrónicos, aprendizaje electrónico, cibersalud, ciberempleo, ciberecología, ciberagricultura, ciberciencia",
    },
  },
  {
    code: "C8",
    number: 8,
    title: {
      ar: "التنوع الثقافي والهوية الثقافية والتنوع اللغوي والمحتوى المحلي",
      zh: "文化多样性和特性、语言多样性和本地内容",
      en: "Cultural diversity and identity, linguistic diversity and local content",
      fr: "Diversité et identité culturelles, diversité linguistique et contenus locaux",
      ru: "Культурное разнообразие и самобытность, языковое разнообразие и местный контент",
      es: "Diversidad e identidad culturales, diversidad lingüística y contenido local",
    },
  },
  {
    code: "C9",
    number: 9,
    title: { ar: "وسائط الإعلام", zh: "媒体", en: "Media", fr: "Médias", ru: "Средства массовой информации", es: "Medios de comunicación" },
  },
  {
    code: "C10",
    number: 10,
    title: {
      ar: "الأبعاد الأخلاقية لمجتمع المعلومات",
      zh: "信息社会的伦理层面",
      en: "Ethical dimensions of the Information Society",
      fr: "Dimensions éthiques de la société de l'information",
      ru: "Этические аспекты информационного общества",
      es: "Dimensiones éticas de la sociedad de la información",
    },
  },
  {
    code: "C11",
    number: 11,
    title: {
      ar: "التعاون الدولي والإقليمي",
      zh: "国际和区域合作",
      en: "International and regional cooperation",
      fr: "Coopération internationale et régionale",
      ru: "Международное и региональное сотрудничество",
      es: "Cooperación internacional y regional",
    },
  },
];

export interface SdgRow {
  number: number;
  title: AllLanguages;
}

// The short titles of the SDG icons, as un.org/sustainabledevelopment publishes them per language.
export const sdgs: readonly SdgRow[] = [
  { number: 1, title: { ar: "القضاء على الفقر", zh: "无贫穷", en: "No poverty", fr: "Pas de pauvreté", ru: "Ликвидация нищеты", es: "Fin de la pobreza" } },
  { number: 2, title: { ar: "القضاء التام على الجوع", zh: "零饥饿", en: "Zero hunger", fr: "Faim « zéro »", ru: "Ликвидация голода", es: "Hambre cero" } },
  {
    number: 3,
    title: {
      ar: "الصحة الجيدة والرفاه",
      zh: "良好健康与福祉",
      en: "Good health and well-being",
      fr: "Bonne santé et bien-être",
      ru: "Хорошее здоровье и благополучие",
      es: "Salud y bienestar",
    },
  },
  {
    number: 4,
    title: {
      ar: "التعليم الجيد",
      zh: "优质教育",
      en: "Quality education",
      fr: "Éducation de qualité",
      ru: "Качественное образование",
      es: "Educación de calidad",
    },
  },
  {
    number: 5,
    title: {
      ar: "المساواة بين الجنسين",
      zh: "性别平等",
      en: "Gender equality",
      fr: "Égalité entre les sexes",
      ru: "Гендерное равенство",
      es: "Igualdad de género",
    },
  },
  {
    number: 6,
    title: {
      ar: "المياه النظيفة والنظافة الصحية",
      zh: "清洁饮水和卫生设施",
      en: "Clean water and sanitation",
      fr: "Eau propre et assainissement",
      ru: "Чистая вода и санитария",
      es: "Agua limpia y saneamiento",
    },
  },
  {
    number: 7,
    title: {
      ar: "طاقة نظيفة وبأسعار معقولة",
      zh: "经济适用的清洁能源",
      en: "Affordable and clean energy",
      fr: "Énergie propre et d'un coût abordable",
      ru: "Недорогостоящая и чистая энергия",
      es: "Energía asequible y no contaminante",
    },
  },
  {
    number: 8,
    title: {
      ar: "العمل اللائق ونمو الاقتصاد",
      zh: "体面工作和经济增长",
      en: "Decent work and economic growth",
      fr: "Travail décent et croissance économique",
      ru: "Достойная работа и экономический рост",
      es: "Trabajo decente y crecimiento económico",
    },
  },
  {
    number: 9,
    title: {
      ar: "الصناعة والابتكار والهياكل الأساسية",
      zh: "产业、创新和基础设施",
      en: "Industry, innovation and infrastructure",
      fr: "Industrie, innovation et infrastructure",
      ru: "Индустриализация, инновации и инфраструктура",
      es: "Industria, innovación e infraestructura",
    },
  },
  {
    number: 10,
    title: {
      ar: "الحد من أوجه عدم المساواة",
      zh: "减少不平等",
      en: "Reduced inequalities",
      fr: "Inégalités réduites",
      ru: "Уменьшение неравенства",
      es: "Reducción de las desigualdades",
    },
  },
  {
    number: 11,
    title: {
      ar: "مدن ومجتمعات محلية مستدامة",
      zh: "可持续城市和社区",
      en: "Sustainable cities and communities",
      fr: "Villes et communautés durables",
      ru: "Устойчивые города и населенные пункты",
      es: "Ciudades y comunidades sostenibles",
    },
  },
  {
    number: 12,
    title: {
      ar: "الاستهلاك والإنتاج المسؤولان",
      zh: "负责任消费和生产",
      en: "Responsible consumption and production",
      fr: "Consommation et production responsables",
      ru: "Ответственное потребление и производство",
      es: "Producción y consumo responsables",
    },
  },
  {
    number: 13,
    title: {
      ar: "العمل المناخي",
      zh: "气候行动",
      en: "Climate action",
      fr: "Mesures relatives à la lutte contre les changements climatiques",
      ru: "Борьба с изменением климата",
      es: "Acción por el clima",
    },
  },
  {
    number: 14,
    title: { ar: "الحياة تحت الماء", zh: "水下生物", en: "Life below water", fr: "Vie aquatique", ru: "Сохранение морских экосистем", es: "Vida submarina" },
  },
  {
    number: 15,
    title: {
      ar: "الحياة في البر",
      zh: "陆地生物",
      en: "Life on land",
      fr: "Vie terrestre",
      ru: "Сохранение экосистем суши",
      es: "Vida de ecosistemas terrestres",
    },
  },
  {
    number: 16,
    title: {
      ar: "السلام والعدل والمؤسسات القوية",
      zh: "和平、正义与强大机构",
      en: "Peace, justice and strong institutions",
      fr: "Paix, justice et institutions efficaces",
      ru: "Мир, правосудие и эффективные институты",
      es: "Paz, justicia e instituciones sólidas",
    },
  },
  {
    number: 17,
    title: {
      ar: "عقد الشراكات لتحقيق الأهداف",
      zh: "促进目标实现的伙伴关系",
      en: "Partnerships for the goals",
      fr: "Partenariats pour la réalisation des objectifs",
      ru: "Партнерство в интересах устойчивого развития",
      es: "Alianzas para lograr los objetivos",
    },
  },
];

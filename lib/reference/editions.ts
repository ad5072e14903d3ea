// The forum editions the portal starts with, as data: WSIS Forum 2017 and its open consultation
// process (the letter of 27 July 2016), WSIS Forum 2020 and the invitation CL-19/59 (6 December
// 2019), and a demonstration edition whose dates sit around the day the database is seeded.
// Every instant is a wall-clock time in Geneva turned into UTC by lib/time/geneva.ts.
import type { PhaseActivity } from "../forums/activities.ts";
import type { DeadlineKind, PhaseKind, SubmissionKind } from "../generated/prisma/enums.ts";
import { calendarDay, endOfGenevaDay, genevaParts, genevaTime } from "../time/geneva.ts";
import type { AllLanguages } from "./catalog.ts";

export interface MeetingData {
  title: AllLanguages;
  startsAt: Date;
  endsAt: Date;
  venue: AllLanguages;
  capacity: number | null;
  remoteAvailable: boolean;
  remoteDetails: string;
  registrationClosesAt: Date;
}

export interface PhaseData {
  number: number;
  kind: PhaseKind;
  title: AllLanguages;
  description: AllLanguages;
  activities: PhaseActivity[];
  startsAt: Date;
  /** null: the phase lasts until the next one starts */
  endsAt: Date | null;
  location: AllLanguages | null;
  remoteParticipation: boolean;
  datesIndicative: boolean;
  opensKinds: SubmissionKind[];
  /** the physical meeting that makes up the phase, if any */
  meeting: MeetingData | null;
}

export interface DeadlineData {
  kind: DeadlineKind;
  opensAt: Date | null;
  closesAt: Date;
  indicative: boolean;
}

export interface CampaignData {
  symbol: string;
  /** the Document the campaign mails, by slug */
  documentSlug: string | null;
  letterDate: Date;
  subject: AllLanguages;
  /** the letter's own deadlines: INVITATION_RESPONSE, and POLICY_STATEMENT when it names one */
  deadlines: DeadlineData[];
}

export interface EditionData {
  year: number;
  title: AllLanguages;
  theme: AllLanguages;
  description: AllLanguages;
  startDate: Date;
  endDate: Date;
  venue: AllLanguages;
  hltStartDate: Date | null;
  hltEndDate: Date | null;
  coOrganisers: string[];
  host: string;
  isDemo: boolean;
  datesIndicative: boolean;
  phases: PhaseData[];
  deadlines: DeadlineData[];
  campaigns: CampaignData[];
}

const CO_ORGANISERS = ["ITU", "UNESCO", "UNCTAD", "UNDP"];

const GENEVA_SWITZERLAND: AllLanguages = {
  ar: "جنيف، سويسرا",
  zh: "瑞士日内瓦",
  en: "Geneva, Switzerland",
  fr: "Genève, Suisse",
  ru: "Женева, Швейцария",
  es: "Ginebra, Suiza",
};

const ITU_HQ: AllLanguages = {
  ar: "مقر الاتحاد الدولي للاتصالات، جنيف",
  zh: "日内瓦国际电联总部",
  en: "ITU headquarters, Geneva",
  fr: "Siège de l'UIT, Genève",
  ru: "Штаб-квартира МСЭ, Женева",
  es: "Sede de la UIT, Ginebra",
};

const ITU_HQ_ADDRESS: AllLanguages = {
  ar: "مقر الاتحاد الدولي للاتصالات، Place des Nations، جنيف",
  zh: "日内瓦万国广场（Place des Nations）国际电联总部",
  en: "ITU headquarters, Place des Nations, Geneva",
  fr: "Siège de l'UIT, Place des Nations, Genève",
  ru: "Штаб-квартира МСЭ, Place des Nations, Женева",
  es: "Sede de la UIT, Place des Nations, Ginebra",
};

// Mailed to remote registrants only (Meeting.remoteDetails), so it stays one plain-English line.
const REMOTE_DETAILS = "The remote participation link will be e-mailed to registered remote participants before the meeting.";

const forumName = (y: number): AllLanguages => ({
  ar: `منتدى القمة العالمية لمجتمع المعلومات لعام ${y}`,
  zh: `${y}年信息社会世界峰会论坛`,
  en: `WSIS Forum ${y}`,
  fr: `Forum du SMSI ${y}`,
  ru: `Форум ВВУИО ${y} года`,
  es: `Foro de la CMSI ${y}`,
});

/** Titles and descriptions of the six OCP phases (the letter of 27 July 2016), for edition `y`. */
function ocpTexts(y: number) {
  const phase = (title: AllLanguages, description: AllLanguages) => ({ title, description });
  return {
    1: phase(
      {
        ar: "افتتاح عملية المشاورة المفتوحة",
        zh: "公开磋商进程启动",
        en: "Opening of the open consultation process",
        fr: "Ouverture du processus de consultation ouverte",
        ru: "Начало процесса открытых консультаций",
        es: "Apertura del proceso de consulta abierta",
      },
      {
        ar: "عرض عبر الإنترنت لعملية المشاورة المفتوحة؛ وحوارات عبر الإنترنت في مجتمعات المعرفة ذات الصلة بالقمة (www.wsis-community.org)؛ وتقديم المساهمات الرسمية إلى أمانة القمة العالمية لمجتمع المعلومات بشأن الجوانب المواضيعية والابتكارات في نسق المنتدى (www.wsis.org/forum)؛ وفتح باب تقديم مرشحين كميسِّرين للمسار الرفيع المستوى لأصحاب المصلحة المتعددين.",
        zh: "在线介绍公开磋商进程；在信息社会世界峰会相关知识社区（www.wsis-community.org）开展在线讨论；就论坛的主题和形式创新向信息社会世界峰会秘书处提交正式意见（www.wsis.org/forum）；开始征集多利益攸关方高级别分会主持人提名。",
        en: "Online presentation of the open consultation process; online discussions in the WSIS knowledge communities (www.wsis-community.org); submission of official contributions to the WSIS Secretariat on the thematic aspects and innovations in the format of the Forum (www.wsis.org/forum); opening of the call for nominations of facilitators of the multistakeholder High-Level Track.",
        fr: "Présentation en ligne du processus de consultation ouverte ; débats en ligne au sein des communautés de savoir du SMSI (www.wsis-community.org) ; soumission au Secrétariat du SMSI de contributions officielles sur les aspects thématiques et les innovations concernant le format du Forum (www.wsis.org/forum) ; ouverture de l'appel à candidatures pour les animateurs du segment de haut niveau multi-parties prenantes.",
        ru: "Онлайновая презентация процесса открытых консультаций; онлайновые обсуждения в сообществах знаний ВВУИО (www.wsis-community.org); представление в секретариат ВВУИО официальных вкладов по тематическим аспектам и инновациям в формате Форума (www.wsis.org/forum); начало приема кандидатур координаторов сегмента высокого уровня с участием многих заинтересованных сторон.",
        es: "Presentación en línea del proceso de consulta abierta; debates en línea en las comunidades de conocimiento de la CMSI (www.wsis-community.org); presentación a la Secretaría de la CMSI de contribuciones oficiales sobre los aspectos temáticos y las innovaciones en el formato del Foro (www.wsis.org/forum); apertura de la convocatoria de candidaturas de moderadores del segmento de alto nivel de múltiples partes interesadas.",
      },
    ),
    2: phase(
      {
        ar: "الاجتماع الفعلي الأول",
        zh: "第一次实体会议",
        en: "First physical meeting",
        fr: "Première réunion physique",
        ru: "Первое очное совещание",
        es: "Primera reunión presencial",
      },
      {
        ar: "الاجتماع الفعلي الأول لعملية المشاورة المفتوحة، في مقر الاتحاد بجنيف، مع إمكانية المشاركة عن بُعد.",
        zh: "公开磋商进程第一次实体会议，在日内瓦国际电联总部举行，可远程参会。",
        en: "The first physical meeting of the open consultation process, at ITU headquarters in Geneva, with remote participation.",
        fr: "Première réunion physique du processus de consultation ouverte, au siège de l'UIT à Genève, avec possibilité de participation à distance.",
        ru: "Первое очное совещание процесса открытых консультаций в штаб-квартире МСЭ в Женеве с возможностью дистанционного участия.",
        es: "Primera reunión presencial del proceso de consulta abierta, en la sede de la UIT en Ginebra, con participación a distancia.",
      },
    ),
    3: phase(
      {
        ar: "الاجتماع الفعلي الثاني",
        zh: "第二次实体会议",
        en: "Second physical meeting",
        fr: "Deuxième réunion physique",
        ru: "Второе очное совещание",
        es: "Segunda reunión presencial",
      },
      {
        ar: "الاجتماع الفعلي الثاني لعملية المشاورة المفتوحة، في مقر الاتحاد بجنيف، مع إمكانية المشاركة عن بُعد.",
        zh: "公开磋商进程第二次实体会议，在日内瓦国际电联总部举行，可远程参会。",
        en: "The second physical meeting of the open consultation process, at ITU headquarters in Geneva, with remote participation.",
        fr: "Deuxième réunion physique du processus de consultation ouverte, au siège de l'UIT à Genève, avec possibilité de participation à distance.",
        ru: "Второе очное совещание процесса открытых консультаций в штаб-квартире МСЭ в Женеве с возможностью дистанционного участия.",
        es: "Segunda reunión presencial del proceso de consulta abierta, en la sede de la UIT en Ginebra, con participación a distancia.",
      },
    ),
    4: phase(
      {
        ar: "الموعد النهائي لتقديم المساهمات الرسمية والطلبات الملزمة لحلقات العمل",
        zh: "提交正式意见和具有约束力的研讨会申请的截止日期",
        en: "Deadline for official contributions and binding requests for workshops",
        fr: "Date limite de soumission des contributions officielles et des demandes fermes d'ateliers",
        ru: "Крайний срок представления официальных вкладов и обязательных заявок на проведение семинаров-практикумов",
        es: "Plazo para la presentación de contribuciones oficiales y solicitudes vinculantes de talleres",
      },
      {
        ar: "آخر يوم لتقديم المساهمات الرسمية والطلبات الملزمة لحلقات العمل إلى أمانة القمة العالمية لمجتمع المعلومات (حتى منتصف الليل بتوقيت جنيف).",
        zh: "向信息社会世界峰会秘书处提交正式意见和具有约束力的研讨会申请的最后一天（截至日内瓦时间午夜）。",
        en: "The last day for submitting official contributions and binding requests for workshops to the WSIS Secretariat (until midnight, Geneva time).",
        fr: "Dernier jour pour soumettre au Secrétariat du SMSI les contributions officielles et les demandes fermes d'ateliers (jusqu'à minuit, heure de Genève).",
        ru: "Последний день для представления в секретариат ВВУИО официальных вкладов и обязательных заявок на проведение семинаров-практикумов (до полуночи по женевскому времени).",
        es: "Último día para presentar a la Secretaría de la CMSI las contribuciones oficiales y las solicitudes vinculantes de talleres (hasta la medianoche, hora de Ginebra).",
      },
    ),
    5: phase(
      {
        ar: "اجتماع الاستعراض النهائي لعملية المشاورة المفتوحة",
        zh: "公开磋商进程最后审议会议",
        en: "Final review meeting of the open consultation process",
        fr: "Réunion d'examen final du processus de consultation ouverte",
        ru: "Заключительное совещание по обзору процесса открытых консультаций",
        es: "Reunión de examen final del proceso de consulta abierta",
      },
      {
        ar: "اجتماع يستعرض نتائج عملية المشاورة المفتوحة، في مقر الاتحاد بجنيف، مع إمكانية المشاركة عن بُعد.",
        zh: "审议公开磋商进程成果的会议，在日内瓦国际电联总部举行，可远程参会。",
        en: "The meeting that reviews the outcome of the open consultation process, at ITU headquarters in Geneva, with remote participation.",
        fr: "Réunion consacrée à l'examen des résultats du processus de consultation ouverte, au siège de l'UIT à Genève, avec possibilité de participation à distance.",
        ru: "Совещание по обзору итогов процесса открытых консультаций в штаб-квартире МСЭ в Женеве с возможностью дистанционного участия.",
        es: "Reunión en la que se examinan los resultados del proceso de consulta abierta, en la sede de la UIT en Ginebra, con participación a distancia.",
      },
    ),
    6: phase(
      {
        ar: `الموجز الختامي بشأن منتدى القمة لعام ${y}`,
        zh: `${y}年信息社会世界峰会论坛最后情况介绍会`,
        en: `Final brief on WSIS Forum ${y}`,
        fr: `Séance d'information finale sur le Forum du SMSI ${y}`,
        ru: `Заключительный брифинг по Форуму ВВУИО ${y} года`,
        es: `Sesión informativa final sobre el Foro de la CMSI ${y}`,
      },
      {
        ar: `إحاطة ختامية بشأن منتدى القمة لعام ${y}، في مقر الاتحاد بجنيف، مع إمكانية المشاركة عن بُعد.`,
        zh: `关于${y}年信息社会世界峰会论坛的最后情况介绍，在日内瓦国际电联总部举行，可远程参会。`,
        en: `The final briefing on WSIS Forum ${y}, at ITU headquarters in Geneva, with remote participation.`,
        fr: `Séance d'information finale sur le Forum du SMSI ${y}, au siège de l'UIT à Genève, avec possibilité de participation à distance.`,
        ru: `Заключительный брифинг по Форуму ВВУИО ${y} года в штаб-квартире МСЭ в Женеве с возможностью дистанционного участия.`,
        es: `Sesión informativa final sobre el Foro de la CMSI ${y}, en la sede de la UIT en Ginebra, con participación a distancia.`,
      },
    ),
  } as const;
}

/** A meeting's title: "<phase title> of the open consultation process for WSIS Forum <y>". */
function meetingTitle(y: number, number: 2 | 3 | 5 | 6): AllLanguages {
  const forum = forumName(y);
  switch (number) {
    case 2:
      return {
        ar: `الاجتماع الفعلي الأول لعملية المشاورة المفتوحة الخاصة ب${forum.ar}`,
        zh: `${forum.zh}公开磋商进程第一次实体会议`,
        en: `First physical meeting of the open consultation process for ${forum.en}`,
        fr: `Première réunion physique du processus de consultation ouverte du ${forum.fr}`,
        ru: `Первое очное совещание процесса открытых консультаций Форума ВВУИО ${y} года`,
        es: `Primera reunión presencial del proceso de consulta abierta del ${forum.es}`,
      };
    case 3:
      return {
        ar: `الاجتماع الفعلي الثاني لعملية المشاورة المفتوحة الخاصة ب${forum.ar}`,
        zh: `${forum.zh}公开磋商进程第二次实体会议`,
        en: `Second physical meeting of the open consultation process for ${forum.en}`,
        fr: `Deuxième réunion physique du processus de consultation ouverte du ${forum.fr}`,
        ru: `Второе очное совещание процесса открытых консультаций Форума ВВУИО ${y} года`,
        es: `Segunda reunión presencial del proceso de consulta abierta del ${forum.es}`,
      };
    case 5:
      return {
        ar: `اجتماع الاستعراض النهائي لعملية المشاورة المفتوحة الخاصة ب${forum.ar}`,
        zh: `${forum.zh}公开磋商进程最后审议会议`,
        en: `Final review meeting of the open consultation process for ${forum.en}`,
        fr: `Réunion d'examen final du processus de consultation ouverte du ${forum.fr}`,
        ru: `Заключительное совещание по обзору процесса открытых консультаций Форума ВВУИО ${y} года`,
        es: `Reunión de examen final del proceso de consulta abierta del ${forum.es}`,
      };
    case 6:
      return ocpTexts(y)[6].title;
  }
}

interface Clock {
  start: Date;
  end: Date;
}

/**
 * The six OCP phases of edition `y`. `at` gives each phase's start (meeting phases: the
 * meeting's start and end); `indicativeMeetings` marks the meeting phases' dates as indicative.
 */
function ocpPhases(
  y: number,
  at: { opening: Date; meeting2: Clock; meeting3: Clock; deadlineDay: Date; meeting5: Clock; meeting6: Clock },
  options: { indicativeMeetings: boolean; capacities: Record<2 | 3 | 5 | 6, number> },
): PhaseData[] {
  const texts = ocpTexts(y);
  const meetingPhase = (number: 2 | 3 | 5 | 6, kind: PhaseKind, clock: Clock, activities: PhaseActivity[]): PhaseData => ({
    number,
    kind,
    ...texts[number],
    activities,
    startsAt: clock.start,
    endsAt: null,
    location: ITU_HQ,
    remoteParticipation: true,
    datesIndicative: options.indicativeMeetings,
    opensKinds: [],
    meeting: {
      title: meetingTitle(y, number),
      startsAt: clock.start,
      endsAt: clock.end,
      venue: ITU_HQ_ADDRESS,
      capacity: options.capacities[number],
      remoteAvailable: true,
      remoteDetails: REMOTE_DETAILS,
      // registering for a meeting that has begun makes no sense, whatever the overall window says
      registrationClosesAt: clock.start,
    },
  });
  return [
    {
      number: 1,
      kind: "OPENING",
      ...texts[1],
      activities: ["presentation", "online_discussions", "official_contributions", "hlt_facilitator_nominations"],
      startsAt: at.opening,
      endsAt: null,
      location: null,
      remoteParticipation: false,
      datesIndicative: false,
      opensKinds: ["CONTRIBUTION", "WORKSHOP_REQUEST", "FACILITATOR_NOMINATION", "REGIONAL_INPUT"],
      meeting: null,
    },
    meetingPhase(2, "PHYSICAL_MEETING", at.meeting2, ["physical_meeting", "remote_participation"]),
    meetingPhase(3, "PHYSICAL_MEETING", at.meeting3, ["physical_meeting", "remote_participation"]),
    {
      number: 4,
      kind: "DEADLINE",
      ...texts[4],
      activities: ["deadline_contributions", "deadline_workshops"],
      // the phase is the deadline day itself; the window closes at its end (Deadline rows)
      startsAt: at.deadlineDay,
      endsAt: null,
      location: null,
      remoteParticipation: false,
      datesIndicative: false,
      opensKinds: [],
      meeting: null,
    },
    meetingPhase(5, "FINAL_REVIEW", at.meeting5, ["physical_meeting", "remote_participation", "final_review"]),
    meetingPhase(6, "FINAL_BRIEF", at.meeting6, ["physical_meeting", "remote_participation", "final_brief"]),
  ];
}

/** Deadline rows of an OCP: `facilitatorsClose` and the last meeting's start are per edition. */
function ocpDeadlines(opening: Date, contributionsClose: Date, facilitatorsClose: Date, lastMeetingStart: Date, indicativeMeetings: boolean): DeadlineData[] {
  return [
    { kind: "CONTRIBUTION", opensAt: opening, closesAt: contributionsClose, indicative: false },
    { kind: "WORKSHOP_REQUEST", opensAt: opening, closesAt: contributionsClose, indicative: false },
    // The letters give regional and national inputs no deadline of their own: they are compiled
    // with the contributions, so they share the contributions' window.
    { kind: "REGIONAL_INPUT", opensAt: opening, closesAt: contributionsClose, indicative: false },
    { kind: "FACILITATOR_NOMINATION", opensAt: opening, closesAt: facilitatorsClose, indicative: indicativeMeetings },
    { kind: "MEETING_REGISTRATION", opensAt: opening, closesAt: lastMeetingStart, indicative: indicativeMeetings },
  ];
}

// ---------------------------------------------------------------- WSIS Forum 2017

function wsisForum2017(): EditionData {
  const meeting = (year: number, month: number, day: number, from: [number, number], to: [number, number]): Clock => ({
    start: genevaTime(year, month, day, ...from),
    end: genevaTime(year, month, day, ...to),
  });
  // The letter times only the first meeting (16:30–18:00); the others get an afternoon slot and,
  // like every meeting date of 2017, are marked indicative.
  const afternoon: [[number, number], [number, number]] = [
    [14, 30],
    [17, 30],
  ];
  const opening = genevaTime(2016, 9, 1);
  const at = {
    opening,
    meeting2: meeting(2016, 10, 12, [16, 30], [18, 0]),
    meeting3: meeting(2017, 2, 14, ...afternoon),
    deadlineDay: genevaTime(2017, 2, 20),
    meeting5: meeting(2017, 3, 14, ...afternoon),
    meeting6: meeting(2017, 5, 10, ...afternoon),
  };
  return {
    year: 2017,
    title: forumName(2017),
    // The 2016 letter states no theme; this is the official theme of WSIS Forum 2017.
    theme: {
      ar: "مجتمعات المعلومات والمعرفة من أجل أهداف التنمية المستدامة",
      zh: "信息和知识社会促进可持续发展目标",
      en: "Information and Knowledge Societies for SDGs",
      fr: "Les sociétés de l'information et du savoir au service des ODD",
      ru: "Информационное общество и общество знаний в интересах ЦУР",
      es: "Sociedades de la información y del conocimiento para los ODS",
    },
    description: {
      ar: "عُقد منتدى القمة العالمية لمجتمع المعلومات لعام 2017 في الفترة من 12 إلى 16 يونيو 2017 في الاتحاد الدولي للاتصالات بجنيف، وشارك في تنظيمه الاتحاد واليونسكو والأونكتاد وبرنامج الأمم المتحدة الإنمائي. واستُقطب برنامجه بالكامل من خلال عملية مشاورة مفتوحة من ست مراحل بشأن الجوانب المواضيعية والابتكارات في نسق المنتدى، شاركت فيها الحكومات والقطاع الخاص والمجتمع المدني والهيئات الأكاديمية والمجتمع التقني والمنظمات الدولية.",
      zh: "2017年信息社会世界峰会论坛于2017年6月12日至16日在日内瓦国际电联举行，由国际电联、教科文组织、贸发会议和开发署共同组织。论坛议程完全通过众包方式产生：就论坛的主题和形式创新开展了分为六个阶段的公开磋商进程，政府、私营部门、民间社会、学术界、技术界和国际组织参与其中。",
      en: "WSIS Forum 2017 was held from 12 to 16 June 2017 at ITU in Geneva, co-organized by ITU, UNESCO, UNCTAD and UNDP. Its programme was entirely crowdsourced through a six-phase open consultation process on the thematic aspects and innovations in the format of the Forum, open to governments, the private sector, civil society, academia, the technical community and international organizations.",
      fr: "Le Forum du SMSI 2017 s'est tenu du 12 au 16 juin 2017 à l'UIT, à Genève, co-organisé par l'UIT, l'UNESCO, la CNUCED et le PNUD. Son programme a été entièrement établi de manière participative, au moyen d'un processus de consultation ouverte en six phases sur les aspects thématiques et les innovations concernant le format du Forum, ouvert aux gouvernements, au secteur privé, à la société civile, aux milieux universitaires, à la communauté technique et aux organisations internationales.",
      ru: "Форум ВВУИО 2017 года прошел 12–16 июня 2017 года в МСЭ в Женеве; его соорганизаторами выступили МСЭ, ЮНЕСКО, ЮНКТАД и ПРООН. Программа Форума была полностью сформирована его участниками в ходе процесса открытых консультаций из шести этапов по тематическим аспектам и инновациям в формате Форума, открытого для правительств, частного сектора, гражданского общества, академических кругов, технического сообщества и международных организаций.",
      es: "El Foro de la CMSI 2017 se celebró del 12 al 16 de junio de 2017 en la UIT, en Ginebra, coorganizado por la UIT, la UNESCO, la UNCTAD y el PNUD. Su programa se elaboró íntegramente de forma colaborativa mediante un proceso de consulta abierta en seis fases sobre los aspectos temáticos y las innovaciones en el formato del Foro, abierto a los gobiernos, el sector privado, la sociedad civil, las instituciones académicas, la comunidad técnica y las organizaciones internacionales.",
    },
    startDate: calendarDay(2017, 6, 12),
    endDate: calendarDay(2017, 6, 16),
    venue: GENEVA_SWITZERLAND,
    // the 2016 letter gives no High-Level Track dates
    hltStartDate: null,
    hltEndDate: null,
    coOrganisers: CO_ORGANISERS,
    host: "ITU",
    isDemo: false,
    datesIndicative: true,
    phases: ocpPhases(2017, at, { indicativeMeetings: true, capacities: { 2: 80, 3: 80, 5: 80, 6: 80 } }),
    // The letter opens the call for High-Level Track facilitators in phase I but gives it no
    // closing date; it closes when the first physical meeting (phase II) starts, so that the
    // nominations can be discussed there.
    deadlines: ocpDeadlines(opening, endOfGenevaDay(2017, 2, 20), at.meeting2.start, at.meeting6.start, true),
    campaigns: [],
  };
}

// ---------------------------------------------------------------- WSIS Forum 2020

export const CL_19_59_SLUG = "cl-19-59";

/** The subject of CL-19/59, shared by its Document (documents.ts) and the campaign that mailed it. */
export const cl1959Subject: AllLanguages = {
  ar: "دعوة إلى المشاركة في منتدى القمة العالمية لمجتمع المعلومات (WSIS) لعام 2020",
  zh: "邀请参加2020年信息社会世界峰会（WSIS）论坛",
  en: "Invitation to participate in the World Summit on the Information Society (WSIS) Forum 2020",
  fr: "Invitation à participer au Forum 2020 du Sommet mondial sur la société de l'information (SMSI)",
  ru: "Приглашение принять участие в Форуме Всемирной встречи на высшем уровне по вопросам информационного общества (ВВУИО) 2020 года",
  es: "Invitación a participar en el Foro 2020 de la Cumbre Mundial sobre la Sociedad de la Información (CMSI)",
};

function wsisForum2020(): EditionData {
  const letterDay = genevaTime(2019, 12, 6);
  // "Confirm acceptance by 15 January 2020": the whole of that day, Geneva time.
  const confirmBy = endOfGenevaDay(2020, 1, 15);
  return {
    year: 2020,
    title: forumName(2020),
    theme: {
      ar: "تعزيز التحول الرقمي والشراكات العالمية: خطوط عمل القمة من أجل تحقيق أهداف التنمية المستدامة",
      zh: "促进数字化转型和全球伙伴关系：信息社会世界峰会行动方面助力实现可持续发展目标",
      en: "Fostering digital transformation and global partnerships: WSIS Action Lines for achieving the SDGs",
      fr: "Favoriser la transformation numérique et les partenariats mondiaux : les grandes orientations du SMSI au service de la réalisation des ODD",
      ru: "Содействие цифровой трансформации и глобальным партнерствам: направления деятельности ВВУИО для достижения ЦУР",
      es: "Fomentar la transformación digital y las alianzas mundiales: las Líneas de Acción de la CMSI para alcanzar los ODS",
    },
    description: {
      ar: "يستضيف الاتحاد الدولي للاتصالات منتدى القمة العالمية لمجتمع المعلومات لعام 2020 (القمة+15)، ويشترك في تنظيمه الاتحاد واليونسكو والأونكتاد وبرنامج الأمم المتحدة الإنمائي. وعملاً بقرار الجمعية العامة للأمم المتحدة 70/125 وبما يتماشى مع خطة التنمية المستدامة لعام 2030، يتتبع المنتدى، بالتعاون مع وكالات الأمم المتحدة المعنية، التقدم المحرز في تنفيذ خطوط عمل القمة منذ عام 2005. ويأتي نسقه وجدول أعماله ومواضيعه نتيجة عملية تشاورية مفتوحة يشارك فيها جميع أصحاب المصلحة. ويشمل المسار الرفيع المستوى (7-8 أبريل 2020) فعاليات الافتتاح وحوارات تفاعلية بشأن السياسة العامة وحفل توزيع جوائز القمة وبرنامج تواصل رفيع المستوى.",
      zh: "2020年信息社会世界峰会论坛（WSIS+15）由国际电联主办，国际电联、教科文组织、贸发会议和开发署共同组织。根据联合国大会第70/125号决议并与《2030年可持续发展议程》保持一致，论坛与相关联合国机构合作，跟踪2005年以来信息社会世界峰会各行动方面的落实进展。论坛的形式、议程和主题来自所有利益攸关方参与的公开磋商进程。高级别分会（2020年4月7日至8日）包括开幕式、互动式政策对话、信息社会世界峰会奖颁奖仪式和高级别交流活动。",
      en: "WSIS Forum 2020 (WSIS+15) is hosted by ITU and co-organized by ITU, UNESCO, UNCTAD and UNDP. Following UN General Assembly resolution 70/125 and in close alignment with the 2030 Agenda for Sustainable Development, it tracks, with the UN agencies concerned, the progress made in implementing the WSIS Action Lines since 2005. Its format, agenda and themes result from an open consultation process with all WSIS stakeholders. The High-Level Track (7–8 April 2020) includes the opening, interactive policy dialogues, the WSIS Prizes ceremony and a high-level networking programme.",
      fr: "Le Forum du SMSI 2020 (SMSI+15) est accueilli par l'UIT et co-organisé par l'UIT, l'UNESCO, la CNUCED et le PNUD. Conformément à la résolution 70/125 de l'Assemblée générale des Nations Unies et en étroite cohérence avec le Programme de développement durable à l'horizon 2030, il fait le point, avec les institutions des Nations Unies concernées, sur les progrès accomplis dans la mise en œuvre des grandes orientations du SMSI depuis 2005. Son format, son ordre du jour et ses thèmes sont issus d'un processus de consultation ouverte auquel participent toutes les parties prenantes du SMSI. Le segment de haut niveau (7-8 avril 2020) comprend l'ouverture, des dialogues politiques interactifs, la cérémonie de remise des Prix du SMSI et un programme de réseautage de haut niveau.",
      ru: "Форум ВВУИО 2020 года (ВВУИО+15) проводится при поддержке МСЭ; его соорганизаторами выступают МСЭ, ЮНЕСКО, ЮНКТАД и ПРООН. В соответствии с резолюцией 70/125 Генеральной Ассамблеи ООН и в тесной увязке с Повесткой дня в области устойчивого развития на период до 2030 года Форум совместно с соответствующими учреждениями ООН отслеживает ход выполнения направлений деятельности ВВУИО начиная с 2005 года. Формат, повестка дня и темы Форума определяются в ходе процесса открытых консультаций со всеми заинтересованными сторонами ВВУИО. Сегмент высокого уровня (7–8 апреля 2020 года) включает открытие, интерактивные диалоги по вопросам политики, церемонию вручения призов ВВУИО и программу налаживания контактов высокого уровня.",
      es: "El Foro de la CMSI 2020 (CMSI+15) está organizado por la UIT, como anfitriona, junto con la UNESCO, la UNCTAD y el PNUD. De conformidad con la resolución 70/125 de la Asamblea General de las Naciones Unidas y en estrecha armonía con la Agenda 2030 para el Desarrollo Sostenible, el Foro examina, con los organismos de las Naciones Unidas interesados, los progresos realizados en la aplicación de las Líneas de Acción de la CMSI desde 2005. Su formato, orden del día y temas son fruto de un proceso de consulta abierta con todas las partes interesadas de la CMSI. El segmento de alto nivel (7 y 8 de abril de 2020) comprende la apertura, diálogos interactivos sobre políticas, la ceremonia de entrega de los Premios CMSI y un programa de contactos de alto nivel.",
    },
    startDate: calendarDay(2020, 4, 6),
    endDate: calendarDay(2020, 4, 9),
    venue: GENEVA_SWITZERLAND,
    hltStartDate: calendarDay(2020, 4, 7),
    hltEndDate: calendarDay(2020, 4, 8),
    coOrganisers: CO_ORGANISERS,
    host: "ITU",
    isDemo: false,
    datesIndicative: false,
    // CL-19/59 refers to the 2020 open consultation process but gives none of its dates, so
    // the edition has no phases and no consultation deadlines.
    phases: [],
    deadlines: [],
    campaigns: [
      {
        symbol: "CL-19/59",
        documentSlug: CL_19_59_SLUG,
        letterDate: calendarDay(2019, 12, 6),
        subject: cl1959Subject,
        deadlines: [
          { kind: "INVITATION_RESPONSE", opensAt: letterDay, closesAt: confirmBy, indicative: false },
          // The letter asks for the acceptance and the wish to deliver a statement together, by
          // the same date, and names no later date for the statement itself.
          { kind: "POLICY_STATEMENT", opensAt: letterDay, closesAt: confirmBy, indicative: false },
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------- demonstration edition

export const DEMO_YEAR = 2027;

interface GenevaDay {
  year: number;
  month: number;
  day: number;
}

/** The Geneva calendar day `offset` days from the Geneva day of `now` (whole days, DST-proof). */
export function genevaDayFrom(now: Date, offset: number): GenevaDay {
  const { year, month, day } = genevaParts(now);
  const d = new Date(Date.UTC(year, month - 1, day + offset));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The demonstration edition, its dates counted in Geneva days from `now`. */
export function demoEdition(now: Date): EditionData {
  const day = (offset: number) => genevaDayFrom(now, offset);
  const at = (offset: number, hour = 0, minute = 0) => {
    const d = day(offset);
    return genevaTime(d.year, d.month, d.day, hour, minute);
  };
  const endOf = (offset: number) => {
    const d = day(offset);
    return endOfGenevaDay(d.year, d.month, d.day);
  };
  const date = (offset: number) => {
    const d = day(offset);
    return calendarDay(d.year, d.month, d.day);
  };
  const afternoon = (offset: number): Clock => ({ start: at(offset, 14, 30), end: at(offset, 17, 30) });

  const opening = at(-30);
  const phaseAt = {
    opening,
    meeting2: { start: at(7, 14, 0), end: at(7, 15, 30) },
    meeting3: afternoon(35),
    deadlineDay: at(50),
    meeting5: afternoon(70),
    meeting6: afternoon(100),
  };
  const letterDay = at(-10);
  const y = DEMO_YEAR;
  return {
    year: y,
    title: {
      ar: `منتدى القمة العالمية لمجتمع المعلومات لعام ${y} — نسخة تجريبية للعرض`,
      zh: `${y}年信息社会世界峰会论坛——演示版`,
      en: `WSIS Forum ${y} — demonstration edition`,
      fr: `Forum du SMSI ${y} — édition de démonstration`,
      ru: `Форум ВВУИО ${y} года — демонстрационный выпуск`,
      es: `Foro de la CMSI ${y} — edición de demostración`,
    },
    theme: {
      ar: "موضوع تجريبي: خطوط عمل القمة من أجل تحقيق أهداف التنمية المستدامة",
      zh: "演示主题：信息社会世界峰会行动方面助力实现可持续发展目标",
      en: "Demonstration theme: WSIS Action Lines for achieving the SDGs",
      fr: "Thème de démonstration : les grandes orientations du SMSI au service de la réalisation des ODD",
      ru: "Демонстрационная тема: направления деятельности ВВУИО для достижения ЦУР",
      es: "Tema de demostración: las Líneas de Acción de la CMSI para alcanzar los ODS",
    },
    description: {
      ar: "بيانات تجريبية للعرض: هذه النسخة من المنتدى غير حقيقية. حُسبت تواريخها انطلاقاً من يوم تهيئة قاعدة البيانات كي يمكن تجربة كل مراحل المشاورة المفتوحة والدعوات والمسار الرفيع المستوى. ولا تنظر أمانة القمة العالمية لمجتمع المعلومات في أي شيء يُقدَّم هنا.",
      zh: "演示数据：此届论坛并不真实存在。其日期根据数据库初始化之日计算得出，以便试用公开磋商的各个阶段、邀请以及高级别分会。在此提交的任何内容均不会由信息社会世界峰会秘书处审议。",
      en: "Demonstration data: this edition of the Forum does not exist. Its dates were computed from the day the database was seeded, so that every stage of the open consultation, the invitations and the High-Level Track can be tried out. Nothing submitted here is considered by the WSIS Secretariat.",
      fr: "Données de démonstration : cette édition du Forum n'existe pas. Ses dates ont été calculées à partir du jour où la base de données a été initialisée, afin que chaque étape de la consultation ouverte, les invitations et le segment de haut niveau puissent être essayés. Rien de ce qui est soumis ici n'est examiné par le Secrétariat du SMSI.",
      ru: "Демонстрационные данные: этот выпуск Форума не существует. Его даты рассчитаны от дня заполнения базы данных, чтобы можно было опробовать все этапы открытых консультаций, приглашения и сегмент высокого уровня. Ничто из представленного здесь не рассматривается секретариатом ВВУИО.",
      es: "Datos de demostración: esta edición del Foro no existe. Sus fechas se calcularon a partir del día en que se inicializó la base de datos, para poder probar todas las etapas de la consulta abierta, las invitaciones y el segmento de alto nivel. La Secretaría de la CMSI no examina nada de lo que se presente aquí.",
    },
    startDate: date(130),
    endDate: date(133),
    venue: GENEVA_SWITZERLAND,
    hltStartDate: date(131),
    hltEndDate: date(132),
    coOrganisers: CO_ORGANISERS,
    host: "ITU",
    isDemo: true,
    datesIndicative: false,
    // the second meeting's three seats make the waiting list easy to try
    phases: ocpPhases(y, phaseAt, { indicativeMeetings: false, capacities: { 2: 3, 3: 60, 5: 60, 6: 60 } }),
    deadlines: [
      ...ocpDeadlines(opening, endOf(50), endOf(20), phaseAt.meeting6.start, false),
      // registration to attend opens with the consultation and closes two weeks before the Forum
      { kind: "FORUM_REGISTRATION", opensAt: opening, closesAt: endOf(116), indicative: false },
    ],
    campaigns: [
      {
        symbol: "CL-DEMO/01",
        documentSlug: null,
        letterDate: date(-10),
        subject: {
          ar: `دعوة إلى المشاركة في ${forumName(y).ar} (نسخة تجريبية للعرض)`,
          zh: `邀请参加${forumName(y).zh}（演示版）`,
          en: `Invitation to participate in WSIS Forum ${y} (demonstration edition)`,
          fr: `Invitation à participer au Forum du SMSI ${y} (édition de démonstration)`,
          ru: `Приглашение принять участие в Форуме ВВУИО ${y} года (демонстрационный выпуск)`,
          es: `Invitación a participar en el Foro de la CMSI ${y} (edición de demostración)`,
        },
        deadlines: [
          { kind: "INVITATION_RESPONSE", opensAt: letterDay, closesAt: endOf(25), indicative: false },
          { kind: "POLICY_STATEMENT", opensAt: letterDay, closesAt: endOf(40), indicative: false },
        ],
      },
    ],
  };
}

/** The real editions, whose content the seed keeps equal to this file. */
export const historicEditions = (): EditionData[] => [wsisForum2017(), wsisForum2020()];

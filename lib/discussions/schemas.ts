import { z } from "zod";
import { localizedTextSchema } from "@/lib/i18n/localized";
import { POST_MAX_LENGTH } from "./policy";

export const postSchema = z.object({
  body: z.string().trim().min(1, "required").max(POST_MAX_LENGTH, "tooLong"),
  parentId: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(40).optional()),
});

export const editPostSchema = z.object({ body: postSchema.shape.body });

export const reportSchema = z.object({ reason: z.string().trim().min(3, "tooShort").max(1000, "tooLong") });

const optional = z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().max(20_000, "tooLong").optional());

/** A topic as the secretariat writes it: English required, the other languages optional. */
export const topicSchema = z
  .object({
    editionYear: z.coerce.number().int().min(2000, "choice").max(9999, "choice"),
    "title.en": z.string().trim().min(3, "required").max(300, "tooLong"),
    "description.en": z.string().trim().min(3, "required").max(20_000, "tooLong"),
    "title.ar": optional,
    "title.zh": optional,
    "title.fr": optional,
    "title.ru": optional,
    "title.es": optional,
    "description.ar": optional,
    "description.zh": optional,
    "description.fr": optional,
    "description.ru": optional,
    "description.es": optional,
  })
  .transform((v) => {
    const pick = (prefix: "title" | "description") =>
      localizedTextSchema.parse(
        Object.fromEntries(
          Object.entries(v)
            .filter(([k, x]) => k.startsWith(`${prefix}.`) && x)
            .map(([k, x]) => [k.slice(prefix.length + 1), x]),
        ),
      );
    return { editionYear: v.editionYear, title: pick("title"), description: pick("description") };
  });

export type TopicInput = z.infer<typeof topicSchema>;

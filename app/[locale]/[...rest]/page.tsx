import { notFound } from "next/navigation";

/** Any path under a language that matches no page: the translated not-found page, status 404. */
export default function CatchAll() {
  notFound();
}

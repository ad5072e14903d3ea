/**
 * A discussion post's text. It is user input rendered as a React text node, so markup in it is
 * shown as typed, never interpreted; line breaks are kept with CSS.
 */
export function PostBody({ body }: { body: string }) {
  return (
    <p className="whitespace-pre-wrap break-words" dir="auto">
      {body}
    </p>
  );
}

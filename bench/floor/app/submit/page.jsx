import { submitAction } from "./actions";

export default function Submit() {
  return (
    <main>
      <h1>Submit</h1>
      <form action={submitAction.bind(null, null)}>
        <button type="submit">Submit</button>
      </form>
    </main>
  );
}

// A server component, rendered on the server for each request; the widgets live in a client
// component.
import Widgets from "./widgets";

export const dynamic = "force-dynamic";

export default function Page() {
  return (
    <main>
      <h1>Next.js application</h1>
      <Widgets />
    </main>
  );
}

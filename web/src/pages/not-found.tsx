// Any address the app doesn't know.
import { Link } from "../router.js";
import { useApp } from "../state.js";

export function NotFoundPage() {
  const { account } = useApp();
  return (
    <>
      <h1 tabIndex={-1}>We couldn't find that page</h1>
      <p>The address may be mistyped, or the page may have moved.</p>
      <p>
        <Link href={account ? "/home" : "/"}>{account ? "Go to your space" : "Go to the start"}</Link>
      </p>
    </>
  );
}

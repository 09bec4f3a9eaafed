// The reflection tools' front page: the tools in three plain groups.
import { Link } from "../router.js";
import { TOOL_GROUPS } from "../reflection/tools.js";

export function ReflectPage() {
  return (
    <>
      <h1 tabIndex={-1}>Reflect</h1>
      <p class="lead">
        Tools for noticing what makes help hard to receive, at your own pace. Use any of them, or none.
        Everything you write here is encrypted and only yours.
      </p>
      {TOOL_GROUPS.map((group) => (
        <section key={group.label} aria-labelledby={`group-${group.label}`}>
          <h2 id={`group-${group.label}`}>{group.label}</h2>
          <ul class="areas">
            {group.tools.map((tool) => (
              <li key={tool.path}>
                <Link href={tool.path} class="area">
                  <span class="area-name">{tool.label}</span>
                  <span class="area-description">{tool.description}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
